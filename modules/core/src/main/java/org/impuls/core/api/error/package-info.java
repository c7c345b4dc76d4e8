/**
 * The refusals a service may throw ({@link org.impuls.core.api.error.DomainException} and its four kinds),
 * mapped once by the core to problem documents and page messages. See {@code src/docs/errors.md}.
 */
package org.impuls.core.api.error;

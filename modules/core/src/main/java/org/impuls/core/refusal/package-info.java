/**
 * A service's refusal ({@link org.impuls.core.api.error.DomainException}) that a page's action or load leaves
 * unhandled becomes the 404 or 403 page, or a message on the re-rendered page: never a stack trace. The REST
 * side of the same mapping is {@code org.impuls.core.rest.DomainExceptionMapper}. See {@code src/docs/errors.md}.
 */
package org.impuls.core.refusal;

/**
 * REST conventions shared by every module: everything under {@code /api/<module>/…}, JSON via
 * JSON-B, lists as {@link org.impuls.core.api.ResultPage}, errors as RFC 9457 {@code
 * application/problem+json} documents ({@link org.impuls.core.rest.Problem}).
 */
package org.impuls.core.rest;

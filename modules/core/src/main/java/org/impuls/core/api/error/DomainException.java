package org.impuls.core.api.error;

/**
 * A request the domain refuses, in words for the person who made it. Services throw one of the four kinds
 * below and nothing of JAX-RS or JSF: the core maps each kind once, to a problem document for REST
 * ({@code application/problem+json}) and to a message next to the field or an error page for JSF, so that
 * webhooks, scheduled work and page actions can call the same service.
 *
 * <ul>
 *   <li>{@link InvalidInputException}: the input can be fixed (400, 422 for {@link UnprocessableInputException});
 *   <li>{@link NotFoundException}: nothing of that id, or nothing the caller may see (404);
 *   <li>{@link ForbiddenException}: the caller is known but may not do this (403);
 *   <li>{@link ConflictException}: the request is fine but the current state does not allow it (409, 429 for
 *       {@link LimitReachedException}).
 * </ul>
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ForbiddenException, ConflictException {

    protected DomainException(String message) {
        super(message);
    }
}

package org.impuls.core.api.error;

/**
 * The caller may not do this, e.g. a merchant who is not staff of the business. REST answers 403, or 401 with a
 * login challenge when nobody is logged in; pages show the 403 page.
 */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message);
    }
}

package org.impuls.core.api.error;

/** The caller is known but may not do this, e.g. a staff member who is not the owner. REST answers 403. */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message);
    }
}

package org.impuls.core.api.error;

/**
 * The request is well-formed but the current state does not allow it, e.g. approving an application
 * that was withdrawn, or a second import while one runs. REST answers 409; a page shows the message.
 */
public non-sealed class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}

package org.impuls.launcher;

/** The portal cannot start for a reason a person can act on; the message says what to do. */
final class StartFailure extends RuntimeException {

    StartFailure(String message) {
        super(message);
    }

    StartFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

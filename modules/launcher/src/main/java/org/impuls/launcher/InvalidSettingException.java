package org.impuls.launcher;

/** A setting the portal cannot start with; the launcher prints its message alone, without a stack trace. */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidSettingException(String message) {
        super(message);
    }
}

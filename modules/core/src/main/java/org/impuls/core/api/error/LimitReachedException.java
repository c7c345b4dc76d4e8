package org.impuls.core.api.error;

/**
 * A conflict that passes with time: the caller has used up a limit, e.g. ten invitations a day. REST answers
 * 429 (Too Many Requests); a page shows the message like any {@link ConflictException}.
 */
public final class LimitReachedException extends ConflictException {

    public LimitReachedException(String message) {
        super(message);
    }
}

package org.impuls.core.api.error;

/**
 * Input that is well-formed but that the portal will not process, e.g. an image that would unpack to more
 * memory than allowed. The REST layer answers 422 with a problem document naming the field; forms show it
 * next to the field like any {@link InvalidInputException}.
 */
public final class UnprocessableInputException extends InvalidInputException {

    public UnprocessableInputException(String field, String message) {
        super(field, message);
    }
}

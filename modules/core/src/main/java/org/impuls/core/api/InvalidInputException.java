package org.impuls.core.api;

import java.util.Optional;

/**
 * Input that a client can fix, e.g. a page size out of range. The REST layer answers it with 400
 * and a problem document naming the field; forms show it next to the field.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}

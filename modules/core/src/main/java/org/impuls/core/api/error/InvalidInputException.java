package org.impuls.core.api.error;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Input that a client can fix, e.g. a page size out of range. The REST layer answers it with 400 and a
 * problem document naming each field; forms show each message next to its field. A field is named by its
 * path in the request, e.g. {@code quantity} or {@code variants[2].sku}.
 */
public non-sealed class InvalidInputException extends DomainException {

    /** One field at fault and why. */
    public record FieldError(String path, String message) {

        public FieldError {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<FieldError> errors;

    /** One field at fault; {@code field} may be null when the refusal concerns the request as a whole. */
    public InvalidInputException(String field, String message) {
        super(message);
        this.errors = field == null ? List.of() : List.of(new FieldError(field, message));
    }

    /** Several fields at fault at once, so that a form can show all of them in one round. */
    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The first field at fault, if one is. */
    public Optional<String> field() {
        return errors.stream().map(FieldError::path).findFirst();
    }

    /** Every field at fault with its message; empty when the request as a whole is refused. */
    public List<FieldError> errors() {
        return errors;
    }
}

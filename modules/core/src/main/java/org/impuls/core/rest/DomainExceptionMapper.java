package org.impuls.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.error.UnprocessableInputException;

/** The one place where a service's refusal becomes an HTTP status and a problem document. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    static final int UNPROCESSABLE_CONTENT = 422;

    @Override
    public Response toResponse(DomainException exception) {
        return problemFor(exception).toResponse();
    }

    static Problem problemFor(DomainException exception) {
        if (exception instanceof UnprocessableInputException unprocessable) {
            return new Problem("about:blank", "Unprocessable Content", UNPROCESSABLE_CONTENT, unprocessable.getMessage(),
                    fieldErrors(unprocessable));
        }
        if (exception instanceof InvalidInputException invalid) {
            return Problem.invalid(invalid.getMessage(), fieldErrors(invalid));
        }
        if (exception instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof ForbiddenException) {
            return Problem.of(Response.Status.FORBIDDEN, exception.getMessage());
        }
        if (exception instanceof ConflictException) {
            return Problem.of(Response.Status.CONFLICT, exception.getMessage());
        }
        throw new IllegalStateException("a refusal of an unknown kind: " + exception.getClass().getName());
    }

    private static List<Problem.FieldError> fieldErrors(InvalidInputException invalid) {
        return invalid.errors().stream().map(error -> new Problem.FieldError(error.path(), error.message())).toList();
    }
}

package org.impuls.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.impuls.core.api.InvalidInputException;

/** Input refused by the domain becomes 400 with the field it concerns. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        List<Problem.FieldError> errors = exception.field()
                .map(field -> List.of(new Problem.FieldError(field, exception.getMessage())))
                .orElse(List.of());
        return Problem.invalid(exception.getMessage(), errors).toResponse();
    }
}

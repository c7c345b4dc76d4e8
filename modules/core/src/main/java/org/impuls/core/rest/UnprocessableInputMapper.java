package org.impuls.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.impuls.core.api.UnprocessableInputException;

/** Well-formed input refused for what it is (an image bomb) becomes 422, otherwise the same problem as for invalid input. */
@Provider
public class UnprocessableInputMapper implements ExceptionMapper<UnprocessableInputException> {

    static final int UNPROCESSABLE_CONTENT = 422;

    @Override
    public Response toResponse(UnprocessableInputException exception) {
        Problem invalid = (Problem) new InvalidInputMapper().toResponse(exception).getEntity();
        return new Problem(invalid.type(), "Unprocessable Content", UNPROCESSABLE_CONTENT, invalid.detail(), invalid.errors()).toResponse();
    }
}

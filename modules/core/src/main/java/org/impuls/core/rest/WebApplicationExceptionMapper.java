package org.impuls.core.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP errors raised on purpose (404, 403, 409 …) keep their status and message. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> exception.getMessage() == null || exception.getMessage().startsWith("HTTP 404")
                    ? "There is nothing at this address." : exception.getMessage();
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This address cannot answer in the media type you asked for.";
            case 415 -> "This address does not accept that content type; send application/json.";
            default -> exception.getMessage();
        };
        return Problem.of(status, detail).toResponse();
    }
}

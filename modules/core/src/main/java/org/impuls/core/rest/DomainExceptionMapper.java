package org.impuls.core.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.RefusalStatus;

/** The one place where a service's refusal becomes an HTTP status and a problem document. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(DomainException exception) {
        if (exception instanceof ForbiddenException && security != null && security.getUserPrincipal() == null) {
            return WebApplicationExceptionMapper.loginRequired();
        }
        return problemFor(exception).toResponse();
    }

    static Problem problemFor(DomainException exception) {
        int status = RefusalStatus.of(exception);
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Unprocessable Content" : known.getReasonPhrase(); // JAX-RS names no 422
        List<Problem.FieldError> errors = exception instanceof InvalidInputException invalid
                ? invalid.errors().stream()
                        .map(error -> new Problem.FieldError(error.path(), error.message()))
                        .toList()
                : List.of();
        return new Problem("about:blank", title, status, exception.getMessage(), errors);
    }
}

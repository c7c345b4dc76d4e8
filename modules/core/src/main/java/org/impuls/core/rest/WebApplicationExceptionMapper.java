package org.impuls.core.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP errors raised on purpose (404, 403, 409 …) keep their status and message. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() == 403 && security != null && security.getUserPrincipal() == null) {
            return loginRequired();
        }
        String detail = switch (status.getStatusCode()) {
            case 404 ->
                exception.getMessage() == null || exception.getMessage().startsWith("HTTP 404")
                        ? "There is nothing at this address."
                        : exception.getMessage();
            case 401 ->
                exception.getMessage() == null || exception.getMessage().startsWith("HTTP 401")
                        ? "Log in or send a personal API token as 'Authorization: Bearer …'."
                        : exception.getMessage();
            case 403 -> "You are not allowed to do this.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This address cannot answer in the media type you asked for.";
            case 415 -> "This address does not accept that content type; send application/json.";
            default -> exception.getMessage();
        };
        Response problem = Problem.of(status, detail).toResponse();
        String challenge = exception.getResponse().getHeaderString("WWW-Authenticate");
        return challenge == null
                ? problem
                : Response.fromResponse(problem)
                        .header("WWW-Authenticate", challenge)
                        .build();
    }

    /** Not "forbidden" but "not logged in": tells the client how to authenticate. */
    static Response loginRequired() {
        return Response.fromResponse(Problem.of(
                                Response.Status.UNAUTHORIZED,
                                "Log in or send a personal API token as 'Authorization: Bearer …'.")
                        .toResponse())
                .header("WWW-Authenticate", "Bearer realm=\"impuls\"")
                .build();
    }
}

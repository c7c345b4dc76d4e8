package org.impuls.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import org.impuls.core.outage.DatabaseOutage;

/**
 * Anything else: 500 with a reference the operator can find in the log, never a stack trace; 503 with
 * {@code Retry-After} while the database is unreachable.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseOutage.causes(exception)) {
            LOG.log(Level.WARNING, "database unavailable: " + exception);
            return Response.fromResponse(Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "The portal is temporarily unavailable. Please try again in a few seconds.")
                            .toResponse())
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.ERROR, "unexpected error, reference " + reference, exception);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. Please try again later; if it persists, tell the operator the reference "
                                + reference + ".")
                .toResponse();
    }
}

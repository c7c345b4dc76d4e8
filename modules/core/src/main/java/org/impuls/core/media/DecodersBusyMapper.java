package org.impuls.core.media;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.impuls.core.rest.Problem;

/** An upload that found every decoding permit taken: 503 with {@code Retry-After}. */
@Provider
public class DecodersBusyMapper implements ExceptionMapper<DecodersBusy> {

    @Override
    public Response toResponse(DecodersBusy busy) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, busy.getMessage())
                        .toResponse())
                .header("Retry-After", "60")
                .build();
    }
}

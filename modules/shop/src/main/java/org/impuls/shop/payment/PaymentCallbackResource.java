package org.impuls.shop.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.impuls.shop.api.payment.RawCallback;

/**
 * {@code POST /api/shop/payments/{methodId}/callback}: a provider's asynchronous result. The body is read as bytes (at
 * most {@link RawCallback#MAX_BYTES}) and handed with the headers to the method, which verifies it before anything is
 * parsed; answers {@code {"duplicate": false}} when applied, {@code true} when the key was applied before.
 */
@Path("shop/payments/{methodId}/callback")
@PermitAll // the provider has no account: the method's signature check decides
public class PaymentCallbackResource {

    @Inject
    Payments payments;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> receive(
            @PathParam("methodId") String methodId, @Context HttpHeaders headers, InputStream body) {
        byte[] bytes = capped(body);
        boolean applied = payments.callback(methodId, new RawCallback(bytes, headers.getRequestHeaders()));
        return Map.of("duplicate", !applied);
    }

    private static byte[] capped(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(RawCallback.MAX_BYTES + 1);
            if (bytes.length > RawCallback.MAX_BYTES) {
                throw new WebApplicationException(
                        "A callback has at most " + RawCallback.MAX_BYTES + " bytes.",
                        Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

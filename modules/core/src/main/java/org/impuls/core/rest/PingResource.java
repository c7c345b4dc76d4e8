package org.impuls.core.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /api/platform/ping}: the cheapest JAX-RS answer there is, no database, no security. The
 * benchmarks measure it next to real endpoints, so their figures say what the endpoint itself costs.
 */
@Path("platform/ping")
@PermitAll
public class PingResource {

    private static final Map<String, Boolean> PONG = Map.of("pong", true);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> ping() {
        return PONG;
    }
}

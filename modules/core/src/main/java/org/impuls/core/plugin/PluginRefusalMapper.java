package org.impuls.core.plugin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.impuls.core.rest.Problem;

/** A refused lifecycle change is a conflict with the installation's state: 409 with the reason. */
@Provider
public class PluginRefusalMapper implements ExceptionMapper<PluginRefusal> {

    @Override
    public Response toResponse(PluginRefusal refusal) {
        return Problem.of(Response.Status.CONFLICT, refusal.getMessage()).toResponse();
    }
}

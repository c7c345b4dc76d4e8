package org.impuls.core.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** {@code GET /api/core/audit}: the audit log for operators, newest first. */
@Path("core/audit")
@RolesAllowed("OPERATOR")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One event. */
    public record EventView(
            long id, Instant occurredAt, String actor, String action, String target, String detail, String clientIp) {}

    @Inject
    AuditLog log;

    @GET
    public ResultPage<EventView> events(
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return log.newestFirst(new PageRequest(page, size))
                .map(e -> new EventView(
                        e.getId(),
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction(),
                        e.getTarget(),
                        e.getDetail(),
                        e.getClientIp()));
    }
}

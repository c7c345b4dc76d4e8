package org.impuls.directory.report;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code POST /api/directory/reports} (anyone), the operator's queue {@code GET /api/directory/reports},
 * dismissing a report, and hiding or showing a listing ({@code /api/directory/reports/listings/{id}/hide|show}).
 */
@Path("directory/reports")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class ReportResource {

    /** A report as sent by a visitor. */
    public record NewReport(String business, ReportReason reason, String message, String contact) {
        @JsonbCreator
        public NewReport(
                @JsonbProperty("business") String business,
                @JsonbProperty("reason") ReportReason reason,
                @JsonbProperty("message") String message,
                @JsonbProperty("contact") String contact) {
            this.business = business;
            this.reason = reason;
            this.message = message;
            this.contact = contact;
        }
    }

    /** A report in the operator's queue. */
    public record OpenReport(
            long id,
            long businessId,
            String business,
            String businessPath,
            String reason,
            String message,
            String contact,
            String createdAt) {}

    /** Why a listing is hidden; the business is told. */
    public record HideRequest(String reason) {
        @JsonbCreator
        public HideRequest(@JsonbProperty("reason") String reason) {
            this.reason = reason;
        }
    }

    /** A listing's state after moderation. */
    public record ListingState(long businessId, String status, String reason) {}

    @Inject
    Moderation moderation;

    /** Open to everyone, logged in or not. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@NotNull NewReport report) {
        Report saved = moderation.report(report.business(), report.reason(), report.message(), report.contact());
        return Response.status(Response.Status.CREATED)
                .entity(java.util.Map.of("id", saved.getId()))
                .build();
    }

    @GET
    @RolesAllowed("OPERATOR")
    public List<OpenReport> open() {
        return moderation.openReports().stream()
                .map(r -> new OpenReport(
                        r.getId(),
                        r.getBusiness().getId(),
                        r.getBusiness().getName(),
                        r.getBusiness().path(),
                        r.getReason().name(),
                        r.getMessage(),
                        r.getReporter(),
                        r.getCreatedAt().toString()))
                .toList();
    }

    @POST
    @Path("{id}/dismissal")
    @RolesAllowed("OPERATOR")
    public void dismiss(@PathParam("id") long id) {
        moderation.dismiss(id);
    }

    @POST
    @Path("listings/{businessId}/hide")
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingState hide(@PathParam("businessId") long businessId, @NotNull HideRequest request) {
        var business = moderation.hide(businessId, request.reason());
        return new ListingState(business.getId(), business.getStatus().name(), business.getStatusReason());
    }

    @POST
    @Path("listings/{businessId}/show")
    @RolesAllowed("OPERATOR")
    public ListingState show(@PathParam("businessId") long businessId) {
        var business = moderation.show(businessId);
        return new ListingState(business.getId(), business.getStatus().name(), business.getStatusReason());
    }
}

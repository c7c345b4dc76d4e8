package org.impuls.directory.admission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.business.Business;

/**
 * Name and address changes of admitted businesses waiting for the operator:
 * {@code GET /api/directory/profile-changes}, {@code POST /api/directory/profile-changes/{businessId}/decision}
 * with {@code {"decision": "APPROVE" | "REJECT", "reason": …}}.
 */
@Path("directory/profile-changes")
@RolesAllowed("OPERATOR")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileChangeResource {

    /** The approved data (what the public sees) and the proposal. */
    public record ChangeView(
            long businessId,
            String slug,
            String name,
            String street,
            String postalCode,
            String city,
            String proposedName,
            String proposedStreet,
            String proposedPostalCode,
            String proposedCity,
            String proposedAt) {

        static ChangeView of(Business b) {
            return new ChangeView(
                    b.getId(),
                    b.getSlug(),
                    b.getName(),
                    b.getStreet(),
                    b.getPostalCode(),
                    b.getCity(),
                    b.getProposedName(),
                    b.getProposedStreet(),
                    b.getProposedPostalCode(),
                    b.getProposedCity(),
                    b.getChangeProposedAt() == null
                            ? null
                            : b.getChangeProposedAt().toString());
        }
    }

    @Inject
    ProfileChanges changes;

    @GET
    public List<ChangeView> queue() {
        return changes.queue().stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("{businessId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeView decide(
            @PathParam("businessId") long businessId, @Valid @NotNull ApplicationResource.DecisionRequest request) {
        if (request.decision() == Decision.REQUEST_INFO) {
            throw new InvalidInputException("decision", "a change is approved (APPROVE) or rejected (REJECT)");
        }
        return ChangeView.of(changes.decide(businessId, request.decision() == Decision.APPROVE, request.reason()));
    }
}

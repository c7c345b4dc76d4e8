package org.impuls.directory.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.impuls.core.api.Caller;

/**
 * A business's staff: {@code GET /api/directory/staff/{businessId}}, invite by e-mail, remove; and
 * {@code POST /api/directory/staff/invitations/acceptance} for the invited person.
 */
@Path("directory/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    /** Someone on the staff. */
    public record StaffMember(long accountId, String email, String displayName, boolean owner) {}

    /** Whom to invite. */
    public record InvitationRequest(String email) {
        @JsonbCreator
        public InvitationRequest(@JsonbProperty("email") String email) {
            this.email = email;
        }
    }

    /** The secret from the invitation mail. */
    public record Acceptance(String token) {
        @JsonbCreator
        public Acceptance(@JsonbProperty("token") String token) {
            this.token = token;
        }
    }

    @Inject
    Invitations invitations;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @RolesAllowed({"MERCHANT", "OPERATOR"})
    public List<StaffMember> staff(@PathParam("id") long id) {
        return invitations.staffOf(id).stream()
                .map(m -> new StaffMember(
                        m.contact().accountId(),
                        m.contact().email(),
                        m.contact().displayName(),
                        m.owner()))
                .toList();
    }

    @POST
    @Path("{id}/invitations")
    @RolesAllowed({"MERCHANT", "OPERATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, @NotNull InvitationRequest request) {
        invitations.invite(id, request.email());
        return Response.accepted().build();
    }

    @DELETE
    @Path("{id}/{accountId}")
    @RolesAllowed({"MERCHANT", "OPERATOR"})
    public void remove(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        invitations.remove(id, accountId);
    }

    /** Joins the staff; answers the business's id. */
    @POST
    @Path("invitations/acceptance")
    @RolesAllowed("CUSTOMER")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(@NotNull Acceptance acceptance) {
        long businessId =
                invitations.accept(acceptance.token(), caller.accountId().orElseThrow());
        return Response.ok(java.util.Map.of("businessId", businessId)).build();
    }
}

package org.impuls.core.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impuls.core.api.InvalidInputException;

/** The caller's own account: {@code /api/core/me}. */
@Path("core/me")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The account as its owner sees it. */
    public record Me(long id, String email, String displayName, String language, Set<String> roles, Set<Long> businessIds) {
    }

    /** A token without its secret. */
    public record TokenView(long id, String name, String createdAt, String lastUsedAt) {
    }

    /** Password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
        @JsonbCreator
        public PasswordChange(@JsonbProperty("currentPassword") String currentPassword,
                              @JsonbProperty("newPassword") String newPassword) {
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }
    }

    /** Address change. */
    public record EmailChangeRequest(String newEmail, String password) {
        @JsonbCreator
        public EmailChangeRequest(@JsonbProperty("newEmail") String newEmail, @JsonbProperty("password") String password) {
            this.newEmail = newEmail;
            this.password = password;
        }
    }

    /** A password, to confirm a grave step. */
    public record PasswordConfirmation(String password) {
        @JsonbCreator
        public PasswordConfirmation(@JsonbProperty("password") String password) {
            this.password = password;
        }
    }

    /** A name for a new token. */
    public record TokenName(String name) {
        @JsonbCreator
        public TokenName(@JsonbProperty("name") String name) {
            this.name = name;
        }
    }

    @Inject
    CurrentCaller caller;

    @Inject
    RolesOf roles;

    @Inject
    Credentials credentials;

    @Inject
    EmailChange emailChange;

    @Inject
    ApiTokens apiTokens;

    @Inject
    PersonalDataExport export;

    @Inject
    AccountDeletion deletion;

    @GET
    public Me me() {
        Account account = caller.account().orElseThrow();
        return new Me(account.getId(), account.getEmail(), account.getDisplayName(), account.getLanguage(),
                roles.of(account), caller.businessIds());
    }

    @PUT
    @Path("password")
    public Response changePassword(PasswordChange body) {
        credentials.changePassword(caller.requireAccountId(), AccountResource.required(body).currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("email")
    public Response changeEmail(EmailChangeRequest body) {
        emailChange.request(caller.requireAccountId(), AccountResource.required(body).newEmail(), body.password());
        return Response.accepted(Map.of("detail", "A confirmation link was sent to the new address.")).build();
    }

    @GET
    @Path("tokens")
    public List<TokenView> tokens() {
        return apiTokens.active(caller.requireAccountId()).stream()
                .map(t -> new TokenView(t.getId(), t.getName(), String.valueOf(t.getCreatedAt()),
                        t.getLastUsedAt() == null ? null : t.getLastUsedAt().toString()))
                .toList();
    }

    @POST
    @Path("tokens")
    public Response createToken(TokenName body) {
        ApiTokens.Created created = apiTokens.create(caller.requireAccountId(), AccountResource.required(body).name());
        return Response.status(Response.Status.CREATED)
                .entity(new AccountResource.NewToken(created.token().getId(), created.token().getName(), created.secret())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revokeToken(@PathParam("id") long id) {
        if (!apiTokens.revoke(caller.requireAccountId(), id)) {
            throw new NotFoundException("You have no token " + id + ".");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("export")
    public Response export() {
        return Response.ok(export.export(caller.requireAccountId()))
                .header("Content-Disposition", "attachment; filename=\"impuls-daten.json\"").build();
    }

    @POST
    @Path("deletion")
    public Response delete(PasswordConfirmation body) {
        if (body == null || body.password() == null) {
            throw new InvalidInputException("password", "confirm the deletion with your password");
        }
        deletion.delete(caller.requireAccountId(), body.password());
        return Response.noContent().build();
    }
}

package org.impuls.core.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;

/** The caller's own account: {@code /api/core/me}. */
@Path("core/me")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The account as its owner sees it. */
    public record Me(
            long id, String email, String displayName, String language, Set<String> roles, Set<Long> businessIds) {}

    /** A token without its secret. */
    public record TokenView(
            long id, String name, String createdAt, String lastUsedAt, String expiresAt, boolean expired) {}

    /** Password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
        @JsonbCreator
        public PasswordChange(
                @JsonbProperty("currentPassword") String currentPassword,
                @JsonbProperty("newPassword") String newPassword) {
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }
    }

    /** Address change. */
    public record EmailChangeRequest(String newEmail, String password) {
        @JsonbCreator
        public EmailChangeRequest(
                @JsonbProperty("newEmail") String newEmail, @JsonbProperty("password") String password) {
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

    /** A new token: its name, lifetime in days (default 90) and the password, asked again. */
    public record NewTokenRequest(String name, Integer expiresInDays, String password) {
        @JsonbCreator
        public NewTokenRequest(
                @JsonbProperty("name") String name,
                @JsonbProperty("expiresInDays") Integer expiresInDays,
                @JsonbProperty("password") String password) {
            this.name = name;
            this.expiresInDays = expiresInDays;
            this.password = password;
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
        return new Me(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getLanguage(),
                roles.of(account),
                caller.businessIds());
    }

    /** Changes the password: other sessions end, API tokens are revoked (this request's own token too). */
    @PUT
    @Path("password")
    public Response changePassword(PasswordChange body, @Context HttpServletRequest request) {
        Account account = credentials.changePassword(
                caller.requireAccountId(), AccountResource.required(body).currentPassword(), body.newPassword());
        AccountSession.keep(request, account);
        return Response.noContent().build();
    }

    @POST
    @Path("email")
    public Response changeEmail(EmailChangeRequest body) {
        emailChange.request(
                caller.requireAccountId(), AccountResource.required(body).newEmail(), body.password());
        return Response.accepted(Map.of("detail", "A confirmation link was sent to the new address."))
                .build();
    }

    @GET
    @Path("tokens")
    public List<TokenView> tokens() {
        return apiTokens.listed(caller.requireAccountId()).stream()
                .map(t -> new TokenView(
                        t.getId(),
                        t.getName(),
                        String.valueOf(t.getCreatedAt()),
                        t.getLastUsedAt() == null ? null : t.getLastUsedAt().toString(),
                        t.getExpiresAt().toString(),
                        apiTokens.isExpired(t)))
                .toList();
    }

    /** A new token needs the password again, whether the caller came with a session or a token (neither may mint more alone). */
    @POST
    @Path("tokens")
    public Response createToken(NewTokenRequest body) {
        long accountId = caller.requireAccountId();
        if (AccountResource.required(body).password() == null) {
            throw new InvalidInputException("password", "confirm the new token with your password");
        }
        credentials.confirmPassword(accountId, body.password());
        ApiTokens.Created created = apiTokens.create(accountId, body.name(), body.expiresInDays());
        return Response.status(Response.Status.CREATED)
                .entity(AccountResource.NewToken.of(created))
                .build();
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
                .header("Content-Disposition", "attachment; filename=\"impuls-daten.json\"")
                .build();
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

package org.impuls.core.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** Operators' account administration: {@code /api/core/admin/accounts}. */
@Path("core/admin/accounts")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountAdminResource {

    /** An account as operators see it. */
    public record AccountView(
            long id, String email, String displayName, String status, boolean operator, String lockReason) {
        static AccountView of(Account a) {
            return new AccountView(
                    a.getId(),
                    a.getEmail(),
                    a.getDisplayName(),
                    a.getStatus().name(),
                    a.isOperator(),
                    a.getLockReason());
        }
    }

    /** Why an account is locked. */
    public record LockReason(String reason) {
        @JsonbCreator
        public LockReason(@JsonbProperty("reason") String reason) {
            this.reason = reason;
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @GET
    public ResultPage<AccountView> list(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return accounts.search(q, new PageRequest(page, size)).map(AccountView::of);
    }

    @PUT
    @Path("{id}/lock")
    public AccountView lock(@PathParam("id") long id, LockReason body) {
        return AccountView.of(administration.lock(id, body == null ? null : body.reason()));
    }

    @DELETE
    @Path("{id}/lock")
    public AccountView unlock(@PathParam("id") long id) {
        return AccountView.of(administration.unlock(id));
    }
}

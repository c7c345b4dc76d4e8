package org.impuls.shop.commission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException;

/**
 * The commission for operators: {@code GET /api/shop/admin/commission} (the default and every seller's own
 * percentage), {@code PUT default}, {@code GET|PUT|DELETE businesses/{businessId}} (GET: the rate in force); percentages as text, {@code "4.75"}.
 */
@Path("shop/admin/commission")
@RolesAllowed("OPERATOR")
@Produces(MediaType.APPLICATION_JSON)
public class CommissionResource {

    /** A new percentage. */
    public record PercentChange(String percent) {
        @JsonbCreator
        public PercentChange(@JsonbProperty("percent") String percent) {
            this.percent = percent;
        }
    }

    /** A seller's own percentage. */
    public record SellerPercent(long businessId, String percent) {}

    /** The percentage a seller's next order pays, and whether it is the seller's own or the default. */
    public record InForce(long businessId, String percent, boolean own) {}

    /** The default and the sellers that pay another percentage. */
    public record Overview(String defaultPercent, List<SellerPercent> overrides) {}

    @Inject
    Commissions commissions;

    @GET
    public Overview overview() {
        return new Overview(
                commissions.defaultRate().text(),
                commissions.overrides().entrySet().stream()
                        .map(e -> new SellerPercent(e.getKey(), e.getValue().text()))
                        .toList());
    }

    @PUT
    @Path("default")
    @Consumes(MediaType.APPLICATION_JSON)
    public Overview changeDefault(PercentChange change) {
        commissions.changeDefault(percent(change));
        return overview();
    }

    @GET
    @Path("businesses/{businessId}")
    public InForce inForce(@PathParam("businessId") long businessId) {
        return new InForce(
                businessId,
                commissions.rateFor(businessId).text(),
                commissions.overrides().containsKey(businessId));
    }

    @PUT
    @Path("businesses/{businessId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SellerPercent override(@PathParam("businessId") long businessId, PercentChange change) {
        return new SellerPercent(
                businessId, commissions.override(businessId, percent(change)).text());
    }

    @DELETE
    @Path("businesses/{businessId}")
    public void removeOverride(@PathParam("businessId") long businessId) {
        commissions.removeOverride(businessId);
    }

    private static String percent(PercentChange change) {
        if (change == null) {
            throw new InvalidInputException("percent", "send {\"percent\":\"4.75\"}");
        }
        return change.percent();
    }
}

package org.impuls.shop.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET|PUT /api/shop/backoffice/businesses/{id}/payment-settings}: the merchant's account for bank transfers. */
@Path("shop/backoffice/businesses/{id}/payment-settings")
@RolesAllowed({"MERCHANT", "OPERATOR"})
@Produces(MediaType.APPLICATION_JSON)
public class PaymentSettingsResource {

    @Inject
    PaymentSettings settings;

    @GET
    public PaymentSettingsForm of(@PathParam("id") long businessId) {
        return settings.of(businessId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentSettingsForm change(@PathParam("id") long businessId, @NotNull PaymentSettingsForm form) {
        return settings.change(businessId, form);
    }
}

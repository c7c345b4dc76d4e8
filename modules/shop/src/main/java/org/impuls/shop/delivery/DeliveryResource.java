package org.impuls.shop.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/shop/delivery/{businessId}} for everyone (the costs a customer will pay); {@code PUT} for the merchant. */
@Path("shop/delivery/{businessId}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class DeliveryResource {

    @Inject
    Deliveries deliveries;

    @GET
    public DeliveryForm of(@PathParam("businessId") long businessId) {
        return deliveries.of(businessId);
    }

    @PUT
    @RolesAllowed({"MERCHANT", "OPERATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    public DeliveryForm change(@PathParam("businessId") long businessId, @Valid @NotNull DeliveryForm form) {
        return deliveries.change(businessId, form);
    }
}

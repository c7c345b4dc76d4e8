package org.impuls.shop.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** {@code GET /api/shop/backoffice/businesses/{id}/orders[/{sellerOrderNumber}]}: a business's seller orders. */
@Path("shop/backoffice/businesses/{id}/orders")
@RolesAllowed({"MERCHANT", "OPERATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders (back office)", description = "A merchant's seller orders")
public class BackofficeOrderResource {

    @Inject
    Orders orders;

    @GET
    @Operation(summary = "The business's seller orders, newest first", description = "Staff of the business only.")
    @APIResponse(responseCode = "200", description = "a page of seller orders with the customer's contact")
    @APIResponse(responseCode = "403", description = "not staff of this business")
    public ResultPage<OrderView.Merchant> list(
            @PathParam("id") long businessId,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return orders.ofBusiness(businessId, new PageRequest(page, size));
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One seller order of the business", description = "Another business's part is unknown (404).")
    @APIResponse(responseCode = "200", description = "the seller order")
    @APIResponse(responseCode = "404", description = "no such seller order of this business")
    public OrderView.Merchant get(@PathParam("id") long businessId, @PathParam("number") String number) {
        return orders.ofBusiness(businessId, number);
    }
}

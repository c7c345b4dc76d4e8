package org.impuls.shop.order;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** The customer's orders: {@code GET /api/shop/orders} (the account's) and {@code GET /api/shop/orders/{number}}. */
@Path("shop/orders")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // an order is read by its account or with its token (Orders); everybody else gets 404
@Tag(name = "Orders", description = "The customer's orders")
public class OrderResource {

    @Inject
    Orders orders;

    @GET
    @Operation(summary = "The logged-in customer's orders, newest first")
    @APIResponse(responseCode = "200", description = "a page of orders")
    @APIResponse(responseCode = "403", description = "nobody is logged in")
    public ResultPage<OrderView.Summary> mine(
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return orders.mine(new PageRequest(page, size));
    }

    @GET
    @Path("{number}")
    @Operation(
            summary = "A customer order with its seller orders, totals and payment",
            description = "For the account that placed it, or with the order's access token in X-Order-Token.")
    @APIResponse(responseCode = "200", description = "the order")
    @APIResponse(responseCode = "404", description = "no such order, or not yours")
    public OrderView.Customer get(
            @PathParam("number") String number,
            @Parameter(in = ParameterIn.HEADER, description = "the access token checkout answered (guests)")
                    @HeaderParam("X-Order-Token")
                    String token) {
        return orders.read(number, token);
    }
}

package org.impuls.shop.checkout;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/shop/carts/{cartId}/checkout}: the cart becomes an order, as a guest or logged in. 201 with the order
 * (and the guest's access token); the same Idempotency-Key again answers 200 with the same order. See
 * {@code src/docs/orders.md}.
 */
@Path("shop/carts/{cartId}/checkout")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // the cart is reached by its id (an account's cart only by its account), as in CartResource
@Tag(name = "Checkout", description = "Placing a cart's order: one customer order, one seller order per merchant")
public class CheckoutResource {

    @Inject
    IdempotentCheckout checkout;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Place the cart's order (Zahlungspflichtig bestellen)",
            description = "Reserves the stock, writes the customer order with one seller order per merchant, starts the"
                    + " payment and empties the cart, all or nothing. 400 naming each field at fault (deliveries[1].method,"
                    + " billingAddress.postalCode, Idempotency-Key …); 409 for an empty cart, a line with a notice"
                    + " (naming the line) or stock that ran out (naming the product and variant); 422 when the"
                    + " Idempotency-Key was used with another body.")
    @APIResponse(responseCode = "201", description = "the order placed")
    @APIResponse(responseCode = "200", description = "the order placed before with this Idempotency-Key")
    @APIResponse(responseCode = "400", description = "bad input, each field named")
    @APIResponse(responseCode = "404", description = "no such cart, or someone else's")
    @APIResponse(responseCode = "409", description = "empty cart, a changed line, or sold out")
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used with another body")
    public Response place(
            @PathParam("cartId") String cartId,
            @Parameter(
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "1 to 200 characters, new for each order the client means to place")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            CheckoutRequest request) {
        Checkout.Placed placed = checkout.place(cartId, idempotencyKey, request);
        URI location = URI.create("/api/shop/orders/" + placed.order().number());
        return placed.created()
                ? Response.created(location).entity(placed.order()).build()
                : Response.ok(placed.order()).location(location).build();
    }
}

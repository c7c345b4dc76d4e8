package org.impuls.shop.cart;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.Money;
import org.impuls.shop.cart.CartSummary.Delivery;

/**
 * The cart over REST, {@code /api/shop/carts}: anyone may create a cart and reach it by its id (in the URL); a
 * logged-in client (session or API token) has its account's cart at {@code /mine}. Every write answers the whole cart
 * ({@link CartSummary}), removing a line too (200, so that the client need not read it again). See
 * {@code src/docs/cart.md}.
 */
@Path("shop/carts")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // a cart is reached by its unguessable id; an account's cart only by its account (Carts)
@Tag(name = "Cart", description = "One cart across the city's merchants, anonymous or an account's")
public class CartResource {

    // request bodies are classes with public fields: the API's JSON-B reads no records

    /** {@code {"variantId", "quantity"}}. */
    public static class LineRequest {
        public Long variantId;
        public Integer quantity;
    }

    /** {@code {"quantity"}}. */
    public static class QuantityRequest {
        public Integer quantity;
    }

    /** {@code {"postalCode"}}; null or blank forgets it. */
    public static class PostalCodeRequest {
        public String postalCode;
    }

    /** {@code {"cartId"}}: the anonymous cart to merge. */
    public static class MergeRequest {
        public String cartId;
    }

    /** The delivery options of each merchant's part. */
    public record DeliveryOptions(List<MerchantOptions> merchants) {}

    /** @param subtotal the goods (deposit apart), what thresholds are measured on */
    public record MerchantOptions(long businessId, String name, Money subtotal, List<Delivery> options) {}

    @Inject
    Carts carts;

    @POST
    @Operation(summary = "Create an anonymous cart", description = "201 with Location and the empty cart.")
    @APIResponse(responseCode = "201", description = "the new cart")
    public Response create() {
        CartSummary cart = carts.create();
        return Response.created(location(cart.id())).entity(cart).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The logged-in account's cart", description = "Created on first use; 401 when anonymous.")
    @APIResponse(responseCode = "200", description = "the account's cart")
    @APIResponse(responseCode = "401", description = "nobody is logged in")
    public CartSummary mine() {
        return carts.summary(carts.mineOrCreate());
    }

    @POST
    @Path("mine/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Merge an anonymous cart into the account's (at login)",
            description = "Quantities add up, capped at 99 and by stock; the anonymous cart is deleted.")
    @APIResponse(responseCode = "200", description = "the account's cart after the merge")
    @APIResponse(responseCode = "404", description = "no such anonymous cart")
    public CartSummary merge(MergeRequest request) {
        if (request == null || request.cartId == null || request.cartId.isBlank()) {
            throw new InvalidInputException("cartId", "The cart to merge is missing.");
        }
        return carts.summary(carts.mergeIntoMine(request.cartId));
    }

    @GET
    @Path("{cartId}")
    @Operation(summary = "A cart: groups per merchant, lines with notices, totals with VAT per rate")
    @APIResponse(responseCode = "200", description = "the cart")
    @APIResponse(responseCode = "404", description = "unknown, or someone else's")
    public CartSummary get(@PathParam("cartId") String cartId) {
        return carts.summary(cartId);
    }

    @POST
    @Path("{cartId}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a variant",
            description = "Adds to the variant's line if there is one. 400 naming quantity (1–99), 409 when more than"
                    + " the stock (naming variant and stock) or the cart has 100 lines. Answers the whole cart; with"
                    + " the header Prefer: return=minimal only the line and the cart's item count"
                    + " ({\"cartId\",\"lineId\",\"variantId\",\"quantity\",\"itemCount\"}), which is quicker.")
    @APIResponse(responseCode = "201", description = "the cart, or the line with Prefer: return=minimal")
    @APIResponse(responseCode = "409", description = "stock or line limit")
    public Response add(
            @PathParam("cartId") String cartId,
            @Parameter(description = "return=minimal: answer the line only") @HeaderParam("Prefer") String prefer,
            LineRequest request) {
        LineRequest line = request == null ? new LineRequest() : request;
        if (line.variantId == null) {
            throw new InvalidInputException("variantId", "The variant is missing.");
        }
        int quantity = CartRules.quantity(line.quantity);
        if (prefersMinimal(prefer)) {
            AddedLine added = carts.addLine(cartId, line.variantId, quantity);
            return Response.created(location(added.cartId()))
                    .header("Preference-Applied", "return=minimal")
                    .entity(added)
                    .build();
        }
        CartSummary cart = carts.add(cartId, line.variantId, quantity);
        return Response.created(location(cart.id())).entity(cart).build();
    }

    /** RFC 7240: {@code Prefer: return=minimal}, among other preferences, any case. */
    static boolean prefersMinimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.strip().replace(" ", "").equalsIgnoreCase("return=minimal")) {
                return true;
            }
        }
        return false;
    }

    @PATCH
    @Path("{cartId}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a line's quantity", description = "The line then shows today's price as seen.")
    @APIResponse(responseCode = "200", description = "the cart")
    public CartSummary change(
            @PathParam("cartId") String cartId, @PathParam("lineId") long lineId, QuantityRequest request) {
        return carts.change(cartId, lineId, CartRules.quantity(request == null ? null : request.quantity));
    }

    @DELETE
    @Path("{cartId}/lines/{lineId}")
    @Operation(summary = "Remove a line")
    @APIResponse(responseCode = "200", description = "the cart without the line")
    public CartSummary remove(@PathParam("cartId") String cartId, @PathParam("lineId") long lineId) {
        return carts.remove(cartId, lineId);
    }

    @PUT
    @Path("{cartId}/postal-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep the postal code for local delivery", description = "Five digits; null forgets it.")
    @APIResponse(responseCode = "200", description = "the cart")
    public CartSummary postalCode(@PathParam("cartId") String cartId, PostalCodeRequest request) {
        return carts.postalCode(cartId, request == null ? null : request.postalCode);
    }

    @GET
    @Path("{cartId}/delivery-options")
    @Operation(summary = "Each merchant's delivery options for this cart")
    @APIResponse(responseCode = "200", description = "per merchant: pick-up, local delivery, parcel")
    public DeliveryOptions deliveryOptions(
            @PathParam("cartId") String cartId,
            @Parameter(description = "five digits; without it the cart's own") @QueryParam("postalCode")
                    String postalCode) {
        CartSummary cart = carts.summaryFor(cartId, postalCode);
        return new DeliveryOptions(cart.groups().stream()
                .map(g -> new MerchantOptions(g.businessId(), g.name(), g.goods(), g.deliveryOptions()))
                .toList());
    }

    private static URI location(String cartId) {
        return URI.create("/api/shop/carts/" + cartId);
    }
}

package org.impuls.shop.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impuls.core.api.FormFeedback;
import org.impuls.shop.catalog.Availability;
import org.impuls.shop.catalog.ProductViews.ProductSummary;

/**
 * Backs the "In den Warenkorb" forms ({@code shop/fragments/cart-add.xhtml}): which catalogue cards get a button (one
 * variant on sale), the page to come back to, and what {@link CartAddServlet} reported in the address, shown next to
 * the button it concerns.
 */
@Named("cartButtons")
@RequestScoped
public class CartButtons {

    private static final List<String> OUTCOME =
            List.of("cart", "cartVariant", "cartQuantity", "cartReason", "cartAvailable");

    @Inject
    HttpServletRequest request;

    @Inject
    FormFeedback texts;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    private final Map<Long, Long> single = new HashMap<>();

    /**
     * The variant a card's button adds: the product's only variant that is not hidden, when it is on sale; null when
     * the customer has to choose (or cannot buy). The first card of a list looks up all of the list's products at once.
     */
    public Long singleVariant(ProductSummary product, List<ProductSummary> cards) {
        if (!product.inStock()) {
            return null;
        }
        if (!single.containsKey(product.id())) {
            List<Long> ids = cards == null
                    ? List.of(product.id())
                    : cards.stream().map(ProductSummary::id).toList();
            ids.forEach(id -> single.put(id, null));
            Map<Long, List<Object[]>> variants = em
                    .createQuery(
                            "select v.product.id, v.id, v.availability from Variant v"
                                    + " where v.product.id in :ids and v.availability <> :hidden",
                            Object[].class)
                    .setParameter("ids", ids)
                    .setParameter("hidden", Availability.HIDDEN)
                    .getResultList()
                    .stream()
                    .collect(Collectors.groupingBy(row -> (Long) row[0]));
            variants.forEach((id, rows) -> {
                if (rows.size() == 1 && rows.get(0)[2] == Availability.ACTIVE) {
                    single.put(id, (Long) rows.get(0)[1]);
                }
            });
        }
        return single.get(product.id());
    }

    /** The page the form is on (its readable address), without an earlier outcome. */
    public String getBack() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        String query = forwarded instanceof String
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String local = path.substring(request.getContextPath().length());
        return withoutOutcome(query == null || query.isEmpty() ? local : local + "?" + query);
    }

    /** Whether this variant was just added. */
    public boolean added(long variantId) {
        return concerns(variantId) && "added".equals(request.getParameter("cart"));
    }

    /** How many were just added (as typed). */
    public String getAddedQuantity() {
        return request.getParameter("cartQuantity");
    }

    /** Why adding this variant was refused, in the visitor's language; null when it was not. */
    public String refusal(long variantId) {
        if (!concerns(variantId) || !"refused".equals(request.getParameter("cart"))) {
            return null;
        }
        String reason = String.valueOf(request.getParameter("cartReason"));
        switch (reason) {
            case "quantity":
                return texts.text("shop.cart.add.refusal.quantity", CartRules.MAX_QUANTITY);
            case "stock":
                String available = request.getParameter("cartAvailable");
                return available != null && available.matches("[0-9]{1,9}")
                        ? texts.text("shop.cart.notice.stock-short", Integer.parseInt(available))
                        : texts.text("shop.cart.add.refusal.unavailable");
            case "sold-out":
                return texts.text("shop.cart.notice.sold-out");
            case "full":
                return texts.text("shop.cart.add.refusal.full", CartRules.MAX_LINES);
            default:
                return texts.text("shop.cart.add.refusal.unavailable");
        }
    }

    /** The quantity field's value: what the customer typed when it was refused, else 1. */
    public String quantity(long variantId) {
        String typed = request.getParameter("cartQuantity");
        return refusal(variantId) != null && typed != null ? typed : "1";
    }

    private boolean concerns(long variantId) {
        return String.valueOf(variantId).equals(request.getParameter("cartVariant"));
    }

    static String withoutOutcome(String address) {
        int start = address.indexOf('?');
        if (start < 0) {
            return address;
        }
        String kept = Arrays.stream(address.substring(start + 1).split("&"))
                .filter(pair -> !pair.isEmpty() && !OUTCOME.contains(pair.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? address.substring(0, start) : address.substring(0, start) + "?" + kept;
    }
}

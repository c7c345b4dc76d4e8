package org.impuls.shop.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impuls.core.api.FormFeedback;

/**
 * Backs the page of one order: a guest's {@code /bestellung/{token}} and the account's
 * {@code /konto/bestellungen/{number}}, both showing the whole order as {@link CustomerOrders} reads it. Unknown or not
 * the visitor's: the core's 404 page.
 */
@Named("orderPage")
@RequestScoped
public class OrderPage {

    @Inject
    CustomerOrders orders;

    @Inject
    FormFeedback feedback;

    private String token;
    private String number;
    private OrderView.Customer order;
    private List<Map<?, ?>> transfers;

    /** The guest's page: the token from the path is the only key. */
    public void loadByToken() {
        personal();
        show(orders.byToken(token));
    }

    /** The logged-in customer's page of one of their orders. */
    public void loadMine() {
        personal();
        show(orders.mine(number));
    }

    private void show(OrderView.Customer order) {
        this.order = order;
        Map<String, String> merchants = order.sellerOrders().stream()
                .collect(Collectors.toMap(OrderView.Seller::number, OrderView.Seller::businessName));
        this.transfers = OrderMailModel.transfers(order.payment(), feedback.locale()).stream()
                .<Map<?, ?>>map(t -> {
                    Map<Object, Object> row = new LinkedHashMap<>((Map<?, ?>) t);
                    row.put("merchant", merchants.getOrDefault(String.valueOf(row.get("sellerOrder")), ""));
                    return row;
                })
                .toList();
    }

    /** An order page is the customer's alone: no cache keeps it, no search engine lists it. */
    static void personal() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", "private, no-store");
        external.setResponseHeader("X-Robots-Tag", "noindex");
    }

    public OrderView.Customer getOrder() {
        return order;
    }

    /** By bank transfer, each merchant's account, amount and reference (its seller order's number); else empty. */
    public List<Map<?, ?>> getTransfers() {
        return transfers;
    }

    /** Where delivered parts go: the delivery address if the customer gave one, else the billing address. */
    public String getShipTo() {
        return OrderMailModel.address(
                order.deliveryAddress() != null ? order.deliveryAddress() : order.billingAddress());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}

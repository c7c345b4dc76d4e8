package org.impuls.shop.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.core.api.money.Money;
import org.impuls.shop.catalog.SellerOfPage;
import org.impuls.shop.catalog.Sellers;

/**
 * Backs {@code /backoffice/shop/orders.xhtml?business=&page=}: the business's seller orders, newest first, a page at a
 * time. Reads through {@link Orders#ofBusiness(long, PageRequest)}, which checks the staff again.
 */
@Named("sellerOrdersPage")
@RequestScoped
public class SellerOrdersPage {

    @Inject
    Orders orders;

    @Inject
    Sellers sellers;

    @Inject
    Caller caller;

    @Inject
    RequestLanguage language;

    private Long business;
    private String businessName;
    private int page = 1;
    private ResultPage<OrderView.Merchant> result;

    public void load() {
        SellerOfPage.resolve(business, caller, sellers).ifPresent(seller -> {
            business = seller.id();
            businessName = seller.name();
            result = orders.ofBusiness(business, new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE));
        });
    }

    public List<OrderView.Merchant> getOrders() {
        return result == null ? List.of() : result.items();
    }

    public boolean isPrevious() {
        return result != null && result.page() > 1;
    }

    public boolean isNext() {
        return result != null && (long) result.page() * result.size() < result.total();
    }

    public String time(Instant at) {
        return OrderMailModel.pickUp(at, language.locale());
    }

    public String money(Money amount) {
        return amount == null ? "" : amount.format(language.locale());
    }

    /** A deposit per unit, empty where the goods carry none. */
    public String deposit(Money perUnit) {
        return perUnit == null || perUnit.cents() == 0 ? "" : money(perUnit);
    }

    public String payment(String method) {
        return method == null ? "" : OrderMailModel.paymentName(method, language.locale());
    }

    /** Where the goods go: the delivery address, else the billing address, on one line. */
    public String address(OrderView.Merchant order) {
        Address to = order.deliveryAddress() != null ? order.deliveryAddress() : order.billingAddress();
        return OrderMailModel.address(to);
    }

    public Long getBusiness() {
        return business;
    }

    public void setBusiness(Long business) {
        this.business = business;
    }

    public String getBusinessName() {
        return businessName;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}

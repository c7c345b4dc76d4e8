package org.impuls.shop.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** Backs {@code /konto/bestellungen}: the logged-in customer's orders, newest first, a page at a time. */
@Named("myOrders")
@RequestScoped
public class MyOrdersPage {

    @Inject
    CustomerOrders orders;

    private Integer page;
    private ResultPage<CustomerOrders.Entry> entries;

    public void load() {
        OrderPage.personal();
        int wanted = page == null ? 1 : Math.max(1, Math.min(page, PageRequest.MAX_PAGE));
        entries = orders.mine(new PageRequest(wanted, PageRequest.DEFAULT_SIZE));
    }

    public ResultPage<CustomerOrders.Entry> getEntries() {
        return entries;
    }

    /** The merchants of an entry, comma-separated. */
    public String merchants(CustomerOrders.Entry entry) {
        return String.join(", ", entry.merchants());
    }

    public boolean isNewer() {
        return entries.page() > 1;
    }

    public boolean isOlder() {
        return entries.page() < entries.pageCount();
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}

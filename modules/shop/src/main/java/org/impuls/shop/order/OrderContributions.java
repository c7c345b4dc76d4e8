package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.CoreSlots;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;
import org.impuls.core.api.SlotContribution;
import org.impuls.core.api.SlotContributor;

/**
 * The customer's order pages: a guest's {@code /bestellung/{token}}, the account's {@code /konto/bestellungen} and
 * {@code /konto/bestellungen/{number}} (login required by the shop's web-fragment), and the link to them on
 * {@code /konto}.
 */
@ApplicationScoped
public class OrderContributions implements RouteContributor, SlotContributor {

    @Override
    public List<PageRoute> routes() {
        return List.of(
                new PageRoute(OrderLinks.GUEST + "/{token}", "/shop/order.xhtml"),
                new PageRoute(OrderLinks.ACCOUNT, "/account/shop/orders.xhtml"),
                new PageRoute(OrderLinks.ACCOUNT + "/{number}", "/account/shop/order.xhtml"));
    }

    @Override
    public List<SlotContribution> slotContributions() {
        // after the directory's applications (10)
        return List.of(new SlotContribution(CoreSlots.ACCOUNT_SECTIONS, "/shop/fragments/orders-link.xhtml", 20));
    }
}

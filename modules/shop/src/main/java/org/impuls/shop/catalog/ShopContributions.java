package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.Area;
import org.impuls.core.api.CoreSlots;
import org.impuls.core.api.MenuContributor;
import org.impuls.core.api.MenuEntry;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;
import org.impuls.core.api.SearchHit;
import org.impuls.core.api.SearchProvider;
import org.impuls.core.api.SlotContribution;
import org.impuls.core.api.SlotContributor;
import org.impuls.directory.api.DirectorySlots;

/**
 * The marketplace in the menus, its readable URLs, the cart in the header, products in the header search and on
 * business profiles.
 */
@ApplicationScoped
public class ShopContributions implements MenuContributor, RouteContributor, SlotContributor, SearchProvider {

    @Inject
    Catalog catalog;

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(Area.STOREFRONT, "shop.menu", "/produkte", 20, "pi pi-shopping-bag"),
                new MenuEntry(
                        Area.BACKOFFICE, "shop.backoffice.menu", "/backoffice/shop/products.xhtml", 20, "pi pi-box"),
                new MenuEntry(Area.BACKOFFICE, "shop.orders.title", "/backoffice/shop/orders.xhtml", 25, "pi pi-inbox"),
                new MenuEntry(
                        Area.BACKOFFICE, "shop.delivery.title", "/backoffice/shop/delivery.xhtml", 30, "pi pi-truck"),
                new MenuEntry(
                        Area.BACKOFFICE, "shop.payment.title", "/backoffice/shop/payment.xhtml", 31, "pi pi-wallet"),
                new MenuEntry(Area.ADMIN, "shop.categories.menu", "/admin/shop/categories.xhtml", 23, "pi pi-sitemap"),
                new MenuEntry(
                        Area.ADMIN, "shop.commission.menu", "/admin/shop/commission.xhtml", 24, "pi pi-percentage"));
    }

    @Override
    public List<PageRoute> routes() {
        return List.of(
                new PageRoute("/produkte", "/shop/search.xhtml"),
                new PageRoute("/produkte/{id}", "/shop/product.xhtml"),
                new PageRoute("/warenkorb", "/shop/cart.xhtml"));
    }

    @Override
    public List<SlotContribution> slotContributions() {
        return List.of(
                new SlotContribution(DirectorySlots.BUSINESS_SECTIONS, "/shop/fragments/business-products.xhtml", 10),
                new SlotContribution(DirectorySlots.BUSINESS_SECTIONS, "/shop/fragments/business-delivery.xhtml", 11),
                // before the account link (900)
                new SlotContribution(CoreSlots.HEADER_TOOLS, "/shop/fragments/cart-link.xhtml", 800));
    }

    @Override
    public String id() {
        return "shop";
    }

    @Override
    public String groupLabelKey() {
        return "shop.search.group";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        var criteria = new ProductSearch.Criteria(query, null, null, null, null, false, null, null);
        return catalog.search(criteria, new PageRequest(1, limit), locale).page().items().stream()
                .map(p -> new SearchHit(
                        p.title(), p.seller().name() + " · " + p.price().price().format(locale), p.url()))
                .toList();
    }
}

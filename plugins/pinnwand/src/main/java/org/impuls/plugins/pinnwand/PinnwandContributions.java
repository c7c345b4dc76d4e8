package org.impuls.plugins.pinnwand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.Area;
import org.impuls.core.api.CoreSlots;
import org.impuls.core.api.MenuContributor;
import org.impuls.core.api.MenuEntry;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;
import org.impuls.core.api.SearchHit;
import org.impuls.core.api.SearchProvider;
import org.impuls.core.api.SlotContribution;
import org.impuls.core.api.SlotContributor;

/** What the plugin adds to the portal: menu entries, its URL, a home page section and search hits. */
@ApplicationScoped
public class PinnwandContributions implements MenuContributor, RouteContributor, SlotContributor, SearchProvider {

    @Inject
    Notices notices;

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(Area.STOREFRONT, "pinnwand.menu", "/pinnwand/", 500, "pi pi-megaphone"),
                new MenuEntry(
                        Area.ADMIN,
                        "pinnwand.menu",
                        Area.ADMIN.path(PinnwandPlugin.ID, "index.xhtml"),
                        500,
                        "pi pi-megaphone"));
    }

    @Override
    public List<PageRoute> routes() {
        return List.of(new PageRoute("/pinnwand/", "/pinnwand/index.xhtml"));
    }

    @Override
    public List<SlotContribution> slotContributions() {
        return List.of(new SlotContribution(CoreSlots.HOME_SECTIONS, "/pinnwand/fragments/latest.xhtml", 500));
    }

    @Override
    public String id() {
        return PinnwandPlugin.ID;
    }

    @Override
    public String groupLabelKey() {
        return "pinnwand.search.group";
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        return notices.containing(query, limit).stream()
                .map(notice -> new SearchHit(notice.getText(), notice.getAuthor(), "/pinnwand/"))
                .toList();
    }
}

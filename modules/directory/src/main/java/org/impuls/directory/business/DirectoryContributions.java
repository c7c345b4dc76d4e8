package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.impuls.core.api.Area;
import org.impuls.core.api.CoreSlots;
import org.impuls.core.api.MenuContributor;
import org.impuls.core.api.MenuEntry;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;
import org.impuls.core.api.SitemapContributor;
import org.impuls.core.api.SitemapEntry;
import org.impuls.core.api.SlotContribution;
import org.impuls.core.api.SlotContributor;
import org.impuls.directory.staff.Invitations;

/** The directory in the menus of all three areas, its readable URLs, the sitemap and the applications link on {@code /konto}. */
@ApplicationScoped
public class DirectoryContributions implements MenuContributor, RouteContributor, SitemapContributor, SlotContributor {

    @Inject
    Businesses businesses;

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(Area.STOREFRONT, "directory.menu", "/betriebe", 10, "pi pi-building"),
                new MenuEntry(
                        Area.BACKOFFICE,
                        "directory.backoffice.menu",
                        "/backoffice/directory/index.xhtml",
                        10,
                        "pi pi-building"),
                new MenuEntry(
                        Area.ADMIN, "directory.review.menu", "/admin/directory/applications.xhtml", 20, "pi pi-inbox"),
                new MenuEntry(Area.ADMIN, "directory.reports.menu", "/admin/directory/reports.xhtml", 21, "pi pi-flag"),
                new MenuEntry(
                        Area.ADMIN,
                        "directory.categories.menu",
                        "/admin/directory/categories.xhtml",
                        22,
                        "pi pi-sitemap"));
    }

    @Override
    public List<PageRoute> routes() {
        return List.of(
                new PageRoute("/betriebe", "/directory/search.xhtml"),
                new PageRoute("/betriebe/{slug}", "/directory/business.xhtml"),
                new PageRoute("/betrieb-anmelden", "/directory/apply.xhtml"),
                new PageRoute(Invitations.ACCEPT_PATH, "/directory/invitation.xhtml"));
    }

    @Override
    public List<SlotContribution> slotContributions() {
        return List.of(
                new SlotContribution(CoreSlots.ACCOUNT_SECTIONS, "/directory/fragments/applications-link.xhtml", 10));
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return businesses.publicSlugs().stream()
                .map(slug -> new SitemapEntry("/betriebe/" + slug, null))
                .toList();
    }
}

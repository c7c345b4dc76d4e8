package org.impuls.core.layout;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.Area;
import org.impuls.core.api.CoreSlots;
import org.impuls.core.api.MenuContributor;
import org.impuls.core.api.MenuEntry;
import org.impuls.core.api.SlotContribution;
import org.impuls.core.api.SlotContributor;

/** What the core itself puts into menus and slots: the area overviews, the account link, the legal pages. */
@ApplicationScoped
public class CoreContributions implements MenuContributor, SlotContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(Area.STOREFRONT, "core.nav.home", "/", 0, "pi pi-home"),
                new MenuEntry(
                        Area.BACKOFFICE,
                        "core.backoffice.overview",
                        Area.BACKOFFICE.path("core", "index.xhtml"),
                        0,
                        "pi pi-th-large"),
                new MenuEntry(
                        Area.ADMIN, "core.admin.overview", Area.ADMIN.path("core", "index.xhtml"), 0, "pi pi-th-large"),
                new MenuEntry(
                        Area.ADMIN,
                        "core.admin.accounts",
                        Area.ADMIN.path("core", "accounts.xhtml"),
                        800,
                        "pi pi-users"),
                new MenuEntry(
                        Area.ADMIN, "core.admin.audit", Area.ADMIN.path("core", "audit.xhtml"), 850, "pi pi-history"),
                new MenuEntry(
                        Area.ADMIN, "core.admin.mail", Area.ADMIN.path("core", "mail.xhtml"), 870, "pi pi-envelope"),
                new MenuEntry(
                        Area.ADMIN,
                        "core.admin.backups",
                        Area.ADMIN.path("core", "backups.xhtml"),
                        880,
                        "pi pi-database"),
                new MenuEntry(
                        Area.ADMIN, "core.admin.tasks", Area.ADMIN.path("core", "tasks.xhtml"), 890, "pi pi-clock"),
                new MenuEntry(
                        Area.ADMIN, "core.admin.legal", Area.ADMIN.path("core", "legal.xhtml"), 900, "pi pi-book"),
                new MenuEntry(
                        Area.ADMIN, "core.admin.plugins", Area.ADMIN.path("core", "plugins.xhtml"), 950, "pi pi-box"));
    }

    @Override
    public List<SlotContribution> slotContributions() {
        return List.of(new SlotContribution(CoreSlots.HEADER_TOOLS, "/core/fragments/account-link.xhtml", 900));
    }
}

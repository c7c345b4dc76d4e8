package org.impuls.core.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.impuls.core.api.Area;
import org.impuls.core.api.MenuContributor;
import org.impuls.core.api.MenuEntry;
import org.impuls.core.plugin.PluginRegistry;

/** The menus of the three areas, gathered from every {@link MenuContributor} whose plugin is enabled. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    @Any
    Instance<MenuContributor> contributors;

    @Inject
    PluginRegistry plugins;

    private List<MenuEntry> entries;

    public List<MenuEntry> getStorefront() {
        return in(Area.STOREFRONT);
    }

    public List<MenuEntry> getBackoffice() {
        return in(Area.BACKOFFICE);
    }

    public List<MenuEntry> getAdmin() {
        return in(Area.ADMIN);
    }

    private List<MenuEntry> in(Area area) {
        return all().stream().filter(entry -> entry.area() == area).toList();
    }

    private List<MenuEntry> all() {
        if (entries == null) {
            List<MenuEntry> collected = new ArrayList<>();
            for (MenuContributor contributor : contributors) {
                if (plugins.takesPart(contributor)) {
                    collected.addAll(contributor.menuEntries());
                }
            }
            collected.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::path));
            entries = List.copyOf(collected);
        }
        return entries;
    }
}

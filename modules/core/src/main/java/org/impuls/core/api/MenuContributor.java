package org.impuls.core.api;

import java.util.List;

/** Extension point: a module's or plugin's links in the storefront, back office and admin menus. */
public interface MenuContributor {

    List<MenuEntry> menuEntries();
}

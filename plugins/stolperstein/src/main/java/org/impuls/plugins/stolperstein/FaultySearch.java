package org.impuls.plugins.stolperstein;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.Area;
import org.impuls.core.api.MenuContributor;
import org.impuls.core.api.MenuEntry;
import org.impuls.core.api.SearchHit;
import org.impuls.core.api.SearchProvider;

/**
 * A menu entry that works and a search provider that throws: a bug on the word "stolpern", a database
 * deadlock on "verklemmt".
 */
@ApplicationScoped
public class FaultySearch implements SearchProvider, MenuContributor {

    @Override
    public String id() {
        return StolpersteinPlugin.ID;
    }

    @Override
    public String groupLabelKey() {
        return "stolperstein.search.group";
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        if (query.toLowerCase(Locale.ROOT).contains("verklemmt")) {
            // as EclipseLink reports a PostgreSQL deadlock: a hiccup, not a bug of the plugin
            throw new PersistenceException(
                    "Exception [EclipseLink-4002]", new SQLException("ERROR: deadlock detected", "40P01"));
        }
        if (query.toLowerCase(Locale.ROOT).contains("stolpern")) {
            throw new IllegalStateException("Stolperstein ist über die Suche gestolpert");
        }
        return List.of();
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(
                Area.STOREFRONT, "stolperstein.menu", "/stolperstein/", 900, "pi pi-exclamation-triangle"));
    }
}

package org.impuls.core.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.impuls.core.i18n.CurrentLanguage;

/** Backs {@code search.xhtml?q=…}. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage currentLanguage;

    private String query;
    private List<SearchGroup> groups;

    public void run() {
        groups = search.search(query, currentLanguage.language());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<SearchGroup> getGroups() {
        return groups;
    }

    public boolean isBlank() {
        return query == null || query.isBlank();
    }
}

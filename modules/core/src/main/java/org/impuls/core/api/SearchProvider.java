package org.impuls.core.api;

import java.util.List;
import java.util.Locale;

/**
 * Extension point of the header search: each module searches its own content (businesses,
 * products, jobs …) and the core shows the results grouped by provider. Providers should
 * compare text through {@link GermanText#searchKey(String)} so that every module searches alike.
 */
public interface SearchProvider {

    /** Stable id of the group, e.g. {@code directory}. */
    String id();

    /** Message key of the group's heading, e.g. {@code directory.search.group}. */
    String groupLabelKey();

    /** Position of the group among the others; lower comes first. */
    default int order() {
        return 100;
    }

    /** At most {@code limit} hits for the query, best first. */
    List<SearchHit> search(String query, Locale locale, int limit);
}

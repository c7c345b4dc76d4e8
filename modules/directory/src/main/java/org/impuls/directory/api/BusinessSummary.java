package org.impuls.directory.api;

import java.util.List;

/** A business as lists and other modules show it; {@code url} is its public profile page. */
public record BusinessSummary(long id, String slug, String name, String kind, List<String> categories,
                              String street, String postalCode, String city, String url) {
}

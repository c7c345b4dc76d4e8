package org.impuls.directory.api;

import java.util.List;

/**
 * A business as lists and other modules show it; {@code url} is its public profile page, {@code
 * distanceKm} is set when a search asked for distance, {@code openNow} when the business gave hours.
 */
public record BusinessSummary(
        long id,
        String slug,
        String name,
        BusinessKind kind,
        List<String> categories,
        String street,
        String postalCode,
        String city,
        String url,
        Double distanceKm,
        Boolean openNow) {}

package org.impuls.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.api.BusinessSummary;
import org.impuls.directory.api.GeoPoint;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.Businesses;
import org.impuls.directory.business.Category;
import org.impuls.directory.geo.PostalCodeCentres;
import org.impuls.directory.hours.OpeningHours;

/**
 * The directory search with every filter. Text, category and distance are matched and sorted in the
 * database ({@link Candidates}); "open now" needs the opening-hours rules and is checked on the
 * candidates with parsed hours cached; only the page shown is loaded as entities.
 */
@ApplicationScoped
public class DirectorySearch {

    /** What to look for. {@code sort}: relevance (default), distance (needs near) or name. */
    public record Criteria(
            String text,
            String category,
            boolean openNow,
            ZonedDateTime at,
            Optional<GeoPoint> near,
            double radiusKm,
            String sort) {

        /** Just a text, as the header search asks. */
        public static Criteria text(String text, ZonedDateTime at) {
            return new Criteria(text, null, false, at, Optional.empty(), 0, null);
        }
    }

    /** A page of hits and the category facets over all hits. */
    public record Result(ResultPage<BusinessSummary> page, List<Facet> facets) {}

    static final double MAX_RADIUS_KM = 100;

    @Inject
    Candidates candidates;

    @Inject
    Businesses businesses;

    @Inject
    PostalCodeCentres centres;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public Result search(Criteria criteria, PageRequest page, Locale locale) {
        String sort = criteria.sort() == null || criteria.sort().isBlank() ? "relevance" : criteria.sort();
        if (!List.of("relevance", "distance", "name").contains(sort)) {
            throw new InvalidInputException("sort", "sort must be relevance, distance or name");
        }
        if (sort.equals("distance") && criteria.near().isEmpty()) {
            throw new InvalidInputException("sort", "sorting by distance needs near=");
        }
        List<Candidates.Candidate> hits =
                candidates.find(criteria.text(), criteria.category(), criteria.near(), criteria.radiusKm(), sort);
        if (criteria.openNow()) {
            hits = hits.stream()
                    .filter(c -> Boolean.TRUE.equals(openAt(c.openingHours(), criteria.at())))
                    .toList();
        }
        int from = Math.min(page.offset(), hits.size());
        List<Candidates.Candidate> shown = hits.subList(from, Math.min(from + page.size(), hits.size()));
        Map<Long, Business> loaded = load(shown);
        List<BusinessSummary> items = shown.stream()
                .map(c -> Businesses.summary(
                        loaded.get(c.id()), locale, c.distanceKm(), openAt(c.openingHours(), criteria.at())))
                .toList();
        return new Result(ResultPage.of(items, hits.size(), page), facets(hits, locale));
    }

    /** The shown businesses with their categories, in one query. */
    private Map<Long, Business> load(List<Candidates.Candidate> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select distinct b from Business b left join fetch b.categories where b.id in :ids",
                        Business.class)
                .setParameter(
                        "ids", shown.stream().map(Candidates.Candidate::id).toList())
                .getResultStream()
                .collect(Collectors.toMap(Business::getId, Function.identity()));
    }

    /** Counts per category, each business once per top-level category; categories without hits are left out. */
    private List<Facet> facets(List<Candidates.Candidate> hits, Locale locale) {
        List<Category> all = businesses.categories();
        Map<Long, Category> byId = all.stream().collect(Collectors.toMap(Category::getId, Function.identity()));
        Map<Long, Long> counts = new HashMap<>();
        for (Candidates.Candidate hit : hits) {
            Set<Long> countedIn = new HashSet<>(hit.categoryIds());
            hit.categoryIds().stream()
                    .map(byId::get)
                    .filter(c -> c != null && c.getParent() != null)
                    .forEach(c -> countedIn.add(c.getParent().getId()));
            countedIn.forEach(id -> counts.merge(id, 1L, Long::sum));
        }
        return all.stream()
                .filter(c -> counts.containsKey(c.getId()))
                .map(c -> new Facet(c.getSlug(), c.name(locale), c.getParent() == null, counts.get(c.getId())))
                .toList();
    }

    /** "67655" (a postal code of the region) or "49.44,7.77" (latitude, longitude). */
    public GeoPoint resolve(String near) {
        String text = near.strip();
        if (text.matches("\\d{5}")) {
            return centres.centreOf(text)
                    .orElseThrow(() -> new InvalidInputException(
                            "near", "the postal code " + text + " is not in the region's list"));
        }
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                    return new GeoPoint(lat, lon);
                }
            }
        } catch (NumberFormatException ignored) {
            // falls through to the refusal
        }
        throw new InvalidInputException("near", "near must be a postal code like 67655 or a point like 49.44,7.77");
    }

    private static Boolean openAt(String openingHours, ZonedDateTime at) {
        return openingHours == null ? null : OpeningHours.ofStored(openingHours).isOpenAt(at);
    }
}

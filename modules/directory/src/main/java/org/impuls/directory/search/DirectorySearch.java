package org.impuls.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.impuls.core.api.InvalidInputException;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.directory.api.BusinessSummary;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.Businesses;
import org.impuls.directory.hours.OpeningHours;

/**
 * The directory search with every filter: text and category in the database; "open now" and
 * "within N km" on the matches, since they need the opening-hours rules and distances.
 */
@ApplicationScoped
public class DirectorySearch {

    /** What to look for. {@code sort}: relevance (default), distance (needs near) or name. */
    public record Criteria(String text, String category, boolean openNow, ZonedDateTime at, Optional<GeoPoint> near,
                           double radiusKm, String sort) {
    }

    static final double MAX_RADIUS_KM = 100;

    @Inject
    Businesses businesses;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public ResultPage<BusinessSummary> search(Criteria criteria, PageRequest page, Locale locale) {
        String sort = criteria.sort() == null || criteria.sort().isBlank() ? "relevance" : criteria.sort();
        if (!List.of("relevance", "distance", "name").contains(sort)) {
            throw new InvalidInputException("sort", "sort must be relevance, distance or name");
        }
        if (sort.equals("distance") && criteria.near().isEmpty()) {
            throw new InvalidInputException("sort", "sorting by distance needs near=");
        }
        if (!criteria.openNow() && criteria.near().isEmpty() && sort.equals("relevance")) {
            return businesses.search(criteria.text(), criteria.category(), page)
                    .map(b -> Businesses.summary(b, locale, null, openAt(b, criteria.at())));
        }
        List<BusinessSummary> hits = new ArrayList<>();
        for (Business business : businesses.allMatching(criteria.text(), criteria.category())) {
            Boolean open = openAt(business, criteria.at());
            Double distance = criteria.near().map(point -> distance(point, business)).orElse(null);
            boolean fits = (!criteria.openNow() || Boolean.TRUE.equals(open))
                    && (criteria.near().isEmpty() || (distance != null && distance <= criteria.radiusKm()));
            if (fits) {
                hits.add(Businesses.summary(business, locale, distance, open));
            }
        }
        if (sort.equals("distance")) {
            hits.sort(Comparator.comparing(BusinessSummary::distanceKm));
        } else if (sort.equals("name")) {
            hits.sort(Comparator.comparing(BusinessSummary::name, String.CASE_INSENSITIVE_ORDER));
        }
        int from = Math.min(page.offset(), hits.size());
        return ResultPage.of(hits.subList(from, Math.min(from + page.size(), hits.size())), hits.size(), page);
    }

    /** "67655" (a postal code of the region) or "49.44,7.77" (latitude, longitude). */
    public GeoPoint resolve(String near) {
        String text = near.strip();
        if (text.matches("\\d{5}")) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select latitude, longitude from directory_postal_code where code = ?1")
                    .setParameter(1, text).getResultList();
            if (rows.isEmpty()) {
                throw new InvalidInputException("near", "the postal code " + text + " is not in the region's list");
            }
            return new GeoPoint(((Number) rows.get(0)[0]).doubleValue(), ((Number) rows.get(0)[1]).doubleValue());
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

    private static Double distance(GeoPoint from, Business business) {
        if (business.getLatitude() == null || business.getLongitude() == null) {
            return null;
        }
        double km = from.kilometresTo(new GeoPoint(business.getLatitude(), business.getLongitude()));
        return Math.round(km * 10) / 10.0;
    }

    private static Boolean openAt(Business business, ZonedDateTime at) {
        return business.getOpeningHours() == null ? null : OpeningHours.parse(business.getOpeningHours()).isOpenAt(at);
    }
}

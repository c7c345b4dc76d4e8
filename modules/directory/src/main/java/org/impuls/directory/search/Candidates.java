package org.impuls.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impuls.core.api.GermanText;
import org.impuls.directory.api.GeoPoint;

/**
 * Every public business matching text, category and distance, in the order asked for, found by one SQL
 * query that returns only what paging, "open now" and facets need. Text: each query term must start a
 * word of the {@link GermanText} search key; relevance ranks hits by how early the first term appears
 * (the key starts with the name). Distance: a bounding box the database can narrow with, then the
 * exact great-circle distance.
 */
@ApplicationScoped
public class Candidates {

    /** One match: its id, its opening hours (for "open now"), its distance when asked, its categories (for facets). */
    public record Candidate(long id, String openingHours, Double distanceKm, Set<Long> categoryIds) {}

    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    // the same haversine as GeoPoint.kilometresTo, so that filter and shown distance agree
    private static final String DISTANCE = "(2 * 6371.0 * asin(sqrt(power(sin(radians(b.latitude - ?%1$d) / 2), 2) "
            + "+ cos(radians(?%1$d)) * cos(radians(b.latitude)) * power(sin(radians(b.longitude - ?%2$d) / 2), 2))))";

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public List<Candidate> find(String text, String category, Optional<GeoPoint> near, double radiusKm, String sort) {
        List<Object> parameters = new ArrayList<>();
        List<String> terms = GermanText.terms(text);
        String distance = "null";
        StringBuilder where = new StringBuilder("b.status = 'APPROVED'");
        for (String term : terms) {
            parameters.add("% " + term + "%");
            where.append(" and (' ' || b.search_key) like ?").append(parameters.size());
        }
        if (category != null && !category.isBlank()) {
            parameters.add(category);
            int at = parameters.size();
            where.append(
                            " and exists (select 1 from directory_business_category x join directory_category c on c.id = x.category_id")
                    .append(
                            " left join directory_category p on p.id = c.parent_id where x.business_id = b.id and (c.slug = ?")
                    .append(at)
                    .append(" or p.slug = ?")
                    .append(at)
                    .append("))");
        }
        if (near.isPresent()) {
            GeoPoint point = near.get();
            double latitudeSpan = radiusKm / KM_PER_DEGREE_LATITUDE;
            double longitudeSpan = radiusKm / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(point.latitude())));
            parameters.add(point.latitude());
            int lat = parameters.size();
            parameters.add(point.longitude());
            int lon = parameters.size();
            distance = String.format(DISTANCE, lat, lon);
            parameters.add(point.latitude() - latitudeSpan);
            parameters.add(point.latitude() + latitudeSpan);
            parameters.add(point.longitude() - longitudeSpan);
            parameters.add(point.longitude() + longitudeSpan);
            int box = parameters.size() - 3;
            where.append(" and b.latitude between ?")
                    .append(box)
                    .append(" and ?")
                    .append(box + 1)
                    .append(" and b.longitude between ?")
                    .append(box + 2)
                    .append(" and ?")
                    .append(box + 3);
            parameters.add(radiusKm);
            where.append(" and ").append(distance).append(" <= ?").append(parameters.size());
        }
        String order = switch (sort) {
            case "distance" -> "distance_km, lower(b.name), b.id";
            case "name" -> "lower(b.name), b.id";
            default -> {
                if (terms.isEmpty()) {
                    yield "lower(b.name), b.id";
                }
                parameters.add(" " + terms.get(0));
                yield "strpos(' ' || b.search_key, ?" + parameters.size() + "), lower(b.name), b.id";
            }
        };
        String sql = "select b.id, b.opening_hours, " + distance
                + " as distance_km, bc.category_id from directory_business b "
                + "left join directory_business_category bc on bc.business_id = b.id where " + where + " order by "
                + order;
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return collect(rows);
    }

    /** One candidate per business (rows repeat per category), in the query's order. */
    private static List<Candidate> collect(List<Object[]> rows) {
        Map<Long, Candidate> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Candidate candidate = byId.computeIfAbsent(
                    id,
                    key -> new Candidate(
                            key,
                            (String) row[1],
                            row[2] == null ? null : Math.round(((Number) row[2]).doubleValue() * 10) / 10.0,
                            new HashSet<>()));
            if (row[3] != null) {
                candidate.categoryIds().add(((Number) row[3]).longValue());
            }
        }
        return new ArrayList<>(byId.values());
    }
}

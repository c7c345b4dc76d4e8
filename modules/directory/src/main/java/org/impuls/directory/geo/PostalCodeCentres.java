package org.impuls.directory.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.impuls.directory.api.GeoPoint;

/** The approximate centre of each postal code of the region (seeded by directory V2), for "within N km of 67655". */
@ApplicationScoped
public class PostalCodeCentres {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** Empty for a code that is not in the region's list (or not a postal code at all). */
    public Optional<GeoPoint> centreOf(String postalCode) {
        if (postalCode == null || !postalCode.strip().matches("\\d{5}")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select latitude, longitude from directory_postal_code where code = ?1")
                .setParameter(1, postalCode.strip())
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new GeoPoint(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()));
    }
}

package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessHours;
import org.impuls.directory.api.GeoPoint;
import org.impuls.directory.geo.PostalCodeCentres;
import org.impuls.directory.hours.OpeningHours;

/** The directory's published view of businesses, for other modules. */
@ApplicationScoped
public class DirectoryBusinesses implements BusinessDirectory {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    PostalCodeCentres centres;

    @Override
    public Optional<BusinessInfo> find(long businessId) {
        return Optional.ofNullable(em.find(Business.class, businessId)).map(DirectoryBusinesses::info);
    }

    @Override
    public Set<Long> listedIds() {
        return new HashSet<>(em.createQuery("select b.id from Business b where b.status = :approved", Long.class)
                .setParameter("approved", BusinessStatus.APPROVED)
                .getResultList());
    }

    @Override
    public Set<Long> unlistedIds() {
        return new HashSet<>(em.createQuery("select b.id from Business b where b.status <> :approved", Long.class)
                .setParameter("approved", BusinessStatus.APPROVED)
                .getResultList());
    }

    @Override
    public List<BusinessInfo> findAll(Collection<Long> businessIds) {
        if (businessIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Business b where b.id in :ids", Business.class)
                .setParameter("ids", businessIds)
                .getResultStream()
                .map(DirectoryBusinesses::info)
                .toList();
    }

    @Override
    public Optional<BusinessHours> openingHours(long businessId) {
        return Optional.ofNullable(em.find(Business.class, businessId))
                .map(Business::getOpeningHours)
                .map(OpeningHours::ofStored);
    }

    @Override
    public Optional<GeoPoint> centreOf(String postalCode) {
        return centres.centreOf(postalCode);
    }

    static BusinessInfo info(Business b) {
        LegalData legal = b.getLegal();
        return new BusinessInfo(
                b.getId(),
                b.getSlug(),
                b.getName(),
                b.getKind(),
                b.isFreeOfCharge(),
                b.isPublic(),
                b.path(),
                b.getStreet(),
                b.getPostalCode(),
                b.getCity(),
                b.getEmployeeCount(),
                legal.getVatTreatment(),
                new LegalTexts(
                        legal.getOwnerName(),
                        legal.getRegisterEntry(),
                        legal.getVatId(),
                        legal.getTaxNumber(),
                        legal.getTerms(),
                        legal.getWithdrawalPolicy(),
                        legal.getPrivacyNotice()));
    }
}

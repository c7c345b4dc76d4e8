package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.impuls.core.api.Slug;

/** Creates business profiles (the admission workflow will call this; demo data does now). */
@ApplicationScoped
public class BusinessRegistry {

    /** What a new profile needs. */
    public record NewBusiness(String name, BusinessKind kind, List<String> categorySlugs, String street, String postalCode,
                              String city, double latitude, double longitude, String descriptionDe, String descriptionEn,
                              String phone, String email, String website, String openingHours) {
    }

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Business createApproved(NewBusiness data) {
        String slug = Slug.unique(data.name(), taken -> !em.createQuery(
                "select b.id from Business b where b.slug = :slug").setParameter("slug", taken).getResultList().isEmpty());
        Business business = new Business(slug, data.name(), data.kind(), data.street(), data.postalCode(), data.city(), clock.instant());
        business.categorise(em.createQuery("select c from Category c where c.slug in :slugs", Category.class)
                .setParameter("slugs", data.categorySlugs()).getResultList());
        business.describe(data.descriptionDe(), data.descriptionEn());
        business.locate(data.latitude(), data.longitude());
        business.contact(data.phone(), data.email(), data.website(), data.openingHours());
        business.approve();
        em.persist(business);
        return business;
    }

    public long count() {
        return em.createQuery("select count(b) from Business b", Long.class).getSingleResult();
    }
}

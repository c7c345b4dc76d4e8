package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.impuls.core.api.Slug;
import org.impuls.directory.api.BusinessKind;

/** Creates business profiles: pending ones for applications, approved ones for demo data. */
@ApplicationScoped
public class BusinessRegistry {

    /** What a new profile needs. */
    public record NewBusiness(
            String name,
            BusinessKind kind,
            List<String> categorySlugs,
            String street,
            String postalCode,
            String city,
            double latitude,
            double longitude,
            String descriptionDe,
            String descriptionEn,
            String phone,
            String email,
            String website,
            String openingHours) {}

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BusinessEditor editor;

    @Transactional
    public Business createApproved(NewBusiness data) {
        String slug = freeSlug(data.name());
        Business business = new Business(
                slug, data.name(), data.kind(), data.street(), data.postalCode(), data.city(), clock.instant());
        business.categorise(em.createQuery("select c from Category c where c.slug in :slugs", Category.class)
                .setParameter("slugs", data.categorySlugs())
                .getResultList());
        business.describe(data.descriptionDe(), data.descriptionEn());
        business.locate(data.latitude(), data.longitude());
        business.contact(data.phone(), data.email(), data.website(), data.openingHours());
        business.changeStatus(BusinessStatus.APPROVED, null);
        em.persist(business);
        return business;
    }

    /** A new business from an application: not public until the operator approves it. */
    @Transactional
    public Business createPending(BusinessForm form) {
        String slug = freeSlug(form.getName());
        Business business = new Business(
                slug,
                form.getName().strip(),
                form.getKind(),
                form.getStreet().strip(),
                form.getPostalCode(),
                form.getCity().strip(),
                clock.instant());
        editor.write(business, form);
        em.persist(business);
        em.flush(); // the id is needed for the staff link at once
        return business;
    }

    private String freeSlug(String name) {
        return Slug.unique(
                name,
                taken -> !em.createQuery("select b.id from Business b where b.slug = :slug")
                        .setParameter("slug", taken)
                        .getResultList()
                        .isEmpty());
    }

    public long count() {
        return em.createQuery("select count(b) from Business b", Long.class).getSingleResult();
    }
}

package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.impuls.core.api.category.CategoryChoices;
import org.impuls.directory.api.BusinessSummary;

/** Finds public businesses by slug, the category tree, and makes the summaries lists show (searching: see the search package). */
@ApplicationScoped
public class Businesses {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public Optional<Business> publicBySlug(String slug) {
        return em.createQuery("select b from Business b where b.slug = :slug and b.status = :approved", Business.class)
                .setParameter("slug", slug)
                .setParameter("approved", BusinessStatus.APPROVED)
                .getResultStream()
                .findFirst();
    }

    /** Slugs of every public business, for the sitemap. */
    public List<String> publicSlugs() {
        return em.createQuery("select b.slug from Business b where b.status = :approved order by b.slug", String.class)
                .setParameter("approved", BusinessStatus.APPROVED)
                .getResultList();
    }

    public List<Category> categories() {
        return em.createQuery(
                        "select c from Category c left join c.parent p order by p.id nulls first, c.position",
                        Category.class)
                .getResultList();
    }

    /** The category tree as choices for forms, sub-categories indented under their parent. */
    public List<jakarta.faces.model.SelectItem> categoryChoices(Locale locale) {
        return CategoryChoices.of(categories(), locale);
    }

    public static BusinessSummary summary(Business business, Locale locale, Double distanceKm, Boolean openNow) {
        return new BusinessSummary(
                business.getId(),
                business.getSlug(),
                business.getName(),
                business.getKind(),
                business.getCategories().stream().map(c -> c.name(locale)).toList(),
                business.getStreet(),
                business.getPostalCode(),
                business.getCity(),
                business.path(),
                distanceKm,
                openNow);
    }
}

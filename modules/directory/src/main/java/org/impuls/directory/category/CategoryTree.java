package org.impuls.directory.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.Slug;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.Businesses;
import org.impuls.directory.business.Category;

/** Changes to the category tree, two levels deep: top-level categories and their sub-categories. */
@ApplicationScoped
public class CategoryTree {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Businesses businesses;

    @Inject
    AuditTrail audit;

    public List<Category> all() {
        return businesses.categories();
    }

    @Transactional
    public Category add(String parentSlug, String nameDe, String nameEn) {
        String german = name(nameDe, "nameDe");
        String english = name(nameEn, "nameEn");
        Category parent = null;
        if (parentSlug != null && !parentSlug.isBlank()) {
            parent = find(parentSlug, "parent");
            if (parent.getParent() != null) {
                throw new InvalidInputException("parent", "the tree has two levels: choose a top-level category as parent");
            }
        }
        String slug = Slug.unique(german, taken -> !em.createQuery("select c.id from Category c where c.slug = :slug")
                .setParameter("slug", taken).getResultList().isEmpty());
        int position = em.createQuery("select coalesce(max(c.position), 0) from Category c", Integer.class).getSingleResult() + 1;
        Category category = new Category(slug, parent, german, english, position);
        em.persist(category);
        audit.record("directory.category.added", "category:" + slug, german);
        return category;
    }

    /** Renames a category; the businesses in it (or in its sub-categories) are found by the new names at once. */
    @Transactional
    public Category rename(String slug, String nameDe, String nameEn) {
        Category category = find(slug, "slug");
        category.rename(name(nameDe, "nameDe"), name(nameEn, "nameEn"));
        em.flush();
        inCategory(slug).forEach(Business::refreshSearchKey);
        audit.record("directory.category.renamed", "category:" + slug, nameDe);
        return category;
    }

    /** Removes a category nobody uses; one in use or with sub-categories stays (409), so no business loses its place. */
    @Transactional
    public void remove(String slug) {
        Category category = find(slug, "slug");
        long children = em.createQuery("select count(c) from Category c where c.parent = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        if (children > 0 || !inCategory(slug).isEmpty()) {
            throw new ClientErrorException("Category " + slug + " still has sub-categories or businesses; move them first.", 409);
        }
        em.remove(category);
        audit.record("directory.category.removed", "category:" + slug, null);
    }

    private List<Business> inCategory(String slug) {
        return em.createQuery("select distinct b from Business b join b.categories c left join c.parent p "
                + "where c.slug = :slug or p.slug = :slug", Business.class).setParameter("slug", slug).getResultList();
    }

    private Category find(String slug, String field) {
        return em.createQuery("select c from Category c where c.slug = :slug", Category.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> "slug".equals(field)
                        ? new NotFoundException("There is no category '" + slug + "'.")
                        : new InvalidInputException(field, "there is no category '" + slug + "'"));
    }

    private static String name(String text, String field) {
        if (text == null || text.isBlank() || text.strip().length() > 120) {
            throw new InvalidInputException(field, "give a name of 1 to 120 characters");
        }
        return text.strip();
    }
}

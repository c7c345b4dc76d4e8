package org.impuls.shop.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.Slug;
import org.impuls.shop.api.CategoriesChanged;
import org.impuls.shop.catalog.Product;
import org.impuls.shop.catalog.ShopCategories;
import org.impuls.shop.catalog.ShopCategory;

/** Changes to the product category tree, two levels deep: top-level categories and their sub-categories. */
@ApplicationScoped
public class ShopCategoryTree {

    /** Products re-keyed per round after a rename; a top-level category may hold tens of thousands. */
    private static final int REFRESH_BATCH = 500;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    ShopCategories categories;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CategoriesChanged> changed;

    /** Each top-level category followed by its sub-categories, each level in position order. */
    public List<ShopCategory> all() {
        List<ShopCategory> all = categories.all();
        List<ShopCategory> ordered = new ArrayList<>(all.size());
        for (ShopCategory top : all.stream().filter(c -> c.getParent() == null).toList()) {
            ordered.add(top);
            all.stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(top.getId())).forEach(ordered::add);
        }
        return ordered;
    }

    @Transactional
    public ShopCategory add(String parentSlug, String nameDe, String nameEn) {
        String german = name(nameDe, "nameDe");
        String english = name(nameEn, "nameEn");
        ShopCategory parent = null;
        if (parentSlug != null && !parentSlug.isBlank()) {
            parent = find(parentSlug, "parent");
            if (parent.getParent() != null) {
                throw new InvalidInputException("parent", "the tree has two levels: choose a top-level category as parent");
            }
        }
        String slug = Slug.unique(german, taken -> !em.createQuery("select c.id from ShopCategory c where c.slug = :slug")
                .setParameter("slug", taken).getResultList().isEmpty());
        ShopCategory category = new ShopCategory(slug, parent, german, english, nextPosition(parent));
        em.persist(category);
        audit.record("shop.category.added", "category:" + slug, german);
        changed.fire(new CategoriesChanged());
        return category;
    }

    /** Renames a category; the products in it (or in its sub-categories) are found by the new names at once. */
    @Transactional
    public ShopCategory rename(String slug, String nameDe, String nameEn) {
        ShopCategory category = find(slug, "slug");
        category.rename(name(nameDe, "nameDe"), name(nameEn, "nameEn"));
        em.flush();
        refreshSearchKeys(productIds(category));
        audit.record("shop.category.renamed", "category:" + slug, category.getNameDe());
        changed.fire(new CategoriesChanged());
        return category;
    }

    /** Removes a category nobody uses; one with products or sub-categories stays (409), so no product loses its place. */
    @Transactional
    public void remove(String slug) {
        ShopCategory category = find(slug, "slug");
        long children = em.createQuery("select count(c) from ShopCategory c where c.parent = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        long products = em.createQuery("select count(p) from Product p where p.category = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        if (children > 0 || products > 0) {
            throw new ClientErrorException("Category " + slug + " still has sub-categories or products; move them first.", 409);
        }
        em.remove(category);
        audit.record("shop.category.removed", "category:" + slug, null);
        changed.fire(new CategoriesChanged());
    }

    /** The products of the category and of its sub-categories, hidden ones included. */
    private List<Long> productIds(ShopCategory category) {
        return em.createQuery("select p.id from Product p join p.category c left join c.parent up where c = :c or up = :c", Long.class)
                .setParameter("c", category).getResultList();
    }

    /**
     * In rounds, cleared after each, so that renaming a big category does not hold every product in memory;
     * EclipseLink then drops the flushed-and-cleared products from its shared cache at commit (its default
     * flush-clear mode), so nobody reads an old search key.
     */
    private void refreshSearchKeys(List<Long> productIds) {
        for (int from = 0; from < productIds.size(); from += REFRESH_BATCH) {
            List<Long> round = productIds.subList(from, Math.min(from + REFRESH_BATCH, productIds.size()));
            em.createQuery("select p from Product p join fetch p.category where p.id in :ids", Product.class)
                    .setParameter("ids", round).getResultList().forEach(Product::refreshSearchKey);
            em.flush();
            em.clear();
        }
    }

    private int nextPosition(ShopCategory parent) {
        TypedQuery<Integer> last = parent == null
                ? em.createQuery("select coalesce(max(c.position), 0) from ShopCategory c where c.parent is null", Integer.class)
                : em.createQuery("select coalesce(max(c.position), 0) from ShopCategory c where c.parent = :p", Integer.class)
                        .setParameter("p", parent);
        return last.getSingleResult() + 1;
    }

    private ShopCategory find(String slug, String field) {
        return em.createQuery("select c from ShopCategory c where c.slug = :slug", ShopCategory.class).setParameter("slug", slug)
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

package org.impuls.shop.category;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.category.CategoryTree;
import org.impuls.shop.catalog.Product;
import org.impuls.shop.catalog.ShopCategory;

/** The shop's product category tree, by the core's tree rules; products are found by its names. */
@ApplicationScoped
public class ShopCategoryTree extends CategoryTree<ShopCategory> {

    /** Products re-keyed per round after a rename; a top-level category may hold tens of thousands. */
    private static final int REFRESH_BATCH = 500;

    public ShopCategoryTree() {
        super("shop", ShopCategory.class, ShopCategory::new, "products");
    }

    @Override
    protected boolean inUse(ShopCategory category) {
        return em.createQuery("select count(p) from Product p where p.category = :c", Long.class)
                        .setParameter("c", category)
                        .getSingleResult()
                > 0;
    }

    /** The products in the category (or in its sub-categories), hidden ones included, get new search keys. */
    @Override
    protected void namesChanged(ShopCategory category) {
        refreshSearchKeys(em.createQuery(
                        "select p.id from Product p join p.category c left join c.parent up "
                                + "where c = :c or up = :c",
                        Long.class)
                .setParameter("c", category)
                .getResultList());
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
                    .setParameter("ids", round)
                    .getResultList()
                    .forEach(Product::refreshSearchKey);
            em.flush();
            em.clear();
        }
    }
}

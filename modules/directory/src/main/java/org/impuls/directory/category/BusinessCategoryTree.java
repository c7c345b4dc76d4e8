package org.impuls.directory.category;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.category.CategoryTree;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.Category;

/** The directory's business category tree, by the core's tree rules; businesses are found by its names. */
@ApplicationScoped
public class BusinessCategoryTree extends CategoryTree<Category> {

    public BusinessCategoryTree() {
        super("directory", Category.class, Category::new, "businesses");
    }

    @Override
    protected boolean inUse(Category category) {
        return em.createQuery("select count(b) from Business b join b.categories c where c = :c", Long.class)
                        .setParameter("c", category)
                        .getSingleResult()
                > 0;
    }

    /** The businesses in the category (or in its sub-categories) get search keys with the new names. */
    @Override
    protected void namesChanged(Category category) {
        inCategory(category).forEach(Business::refreshSearchKey);
    }

    private List<Business> inCategory(Category category) {
        return em.createQuery(
                        "select distinct b from Business b join b.categories c left join c.parent p "
                                + "where c = :c or p = :c",
                        Business.class)
                .setParameter("c", category)
                .getResultList();
    }
}

package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.category.CategoryChoices;

/** The platform's product categories as customers and merchants see them: two levels, in the operator's order. */
@ApplicationScoped
public class ShopCategories {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** Top-level categories first, each level in its position order. */
    public List<ShopCategory> all() {
        return em.createQuery(
                        "select c from ShopCategory c left join c.parent up order by up.id nulls first, c.position",
                        ShopCategory.class)
                .getResultList();
    }

    /** Choices for a form: each top-level category followed by its sub-categories. */
    public List<SelectItem> choices(Locale locale) {
        return CategoryChoices.of(all(), locale);
    }
}

package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The platform's product categories as customers and merchants see them: two levels, in the operator's order. */
@ApplicationScoped
public class ShopCategories {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** Top-level categories first, each level in its position order. */
    public List<ShopCategory> all() {
        return em.createQuery("select c from ShopCategory c left join c.parent up order by up.id nulls first, c.position",
                ShopCategory.class).getResultList();
    }

    /** Choices for a form: each top-level category followed by its sub-categories. */
    public List<SelectItem> choices(Locale locale) {
        List<ShopCategory> all = all();
        List<SelectItem> choices = new ArrayList<>();
        for (ShopCategory top : all.stream().filter(c -> c.getParent() == null).toList()) {
            choices.add(new SelectItem(top.getSlug(), top.name(locale)));
            all.stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(top.getId()))
                    .forEach(sub -> choices.add(new SelectItem(sub.getSlug(), "– " + sub.name(locale))));
        }
        return choices;
    }
}

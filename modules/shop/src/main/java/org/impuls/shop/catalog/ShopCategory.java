package org.impuls.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.impuls.core.api.category.TreeCategory;
import org.impuls.core.api.language.LocalizedText;

/** A node of the platform's product category tree, e.g. Lebensmittel › Brot und Backwaren. */
@Entity
@Table(name = "shop_category")
public class ShopCategory extends TreeCategory<ShopCategory> {

    protected ShopCategory() {}

    public ShopCategory(String slug, ShopCategory parent, LocalizedText name, int position) {
        super(slug, parent, name, position);
    }
}

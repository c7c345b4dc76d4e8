package org.impuls.shop.category;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.category.CategoryTree;
import org.impuls.core.api.category.CategoryTreePage;

/** Backs {@code /admin/shop/categories.xhtml}: the operator edits the product category tree. */
@Named("shopCategoriesPage")
@ViewScoped
public class ShopCategoriesAdminPage extends CategoryTreePage {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopCategoryTree tree;

    @Override
    protected String prefix() {
        return "shop.categories";
    }

    @Override
    protected CategoryTree<?> tree() {
        return tree;
    }
}

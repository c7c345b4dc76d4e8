package org.impuls.shop.category;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.impuls.core.api.CategoryTreePage;

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
    protected List<Entry> entries() {
        return tree.all().stream().map(c -> new Entry(c.getSlug(), c.getNameDe(), c.getNameEn(), c.getParent() == null)).toList();
    }

    @Override
    protected String addCategory(String parentSlug, String nameDe, String nameEn) {
        return tree.add(parentSlug, nameDe, nameEn).getNameDe();
    }

    @Override
    protected void renameCategory(String slug, String nameDe, String nameEn) {
        tree.rename(slug, nameDe, nameEn);
    }

    @Override
    protected void removeCategory(String slug) {
        tree.remove(slug);
    }
}

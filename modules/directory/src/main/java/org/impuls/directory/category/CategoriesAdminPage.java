package org.impuls.directory.category;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.category.CategoryTree;
import org.impuls.core.api.category.CategoryTreePage;

/** Backs {@code /admin/directory/categories.xhtml}: the operator edits the business category tree. */
@Named("categoriesAdmin")
@ViewScoped
public class CategoriesAdminPage extends CategoryTreePage {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessCategoryTree tree;

    @Override
    protected String prefix() {
        return "directory.categories";
    }

    @Override
    protected CategoryTree<?> tree() {
        return tree;
    }
}

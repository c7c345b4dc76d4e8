package org.impuls.directory.category;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.impuls.core.api.CategoryTreePage;

/** Backs {@code /admin/directory/categories.xhtml}: the operator edits the business category tree. */
@Named("categoriesAdmin")
@ViewScoped
public class CategoriesAdminPage extends CategoryTreePage {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryTree tree;

    @Override
    protected String prefix() {
        return "directory.categories";
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

package org.impuls.directory.category;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.impuls.core.api.category.CategoryTree;
import org.impuls.core.api.category.CategoryTreeResource;

/** The business category tree: {@code GET /api/directory/categories} for everyone; changes for operators. */
@Path("directory/categories")
@PermitAll // public unless a method says otherwise
public class CategoryResource extends CategoryTreeResource {

    @Inject
    BusinessCategoryTree tree;

    @Override
    protected CategoryTree<?> tree() {
        return tree;
    }
}

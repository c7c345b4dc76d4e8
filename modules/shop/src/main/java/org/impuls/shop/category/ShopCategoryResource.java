package org.impuls.shop.category;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.impuls.core.api.category.CategoryTree;
import org.impuls.core.api.category.CategoryTreeResource;

/** The product category tree: {@code GET /api/shop/categories} for everyone; changes for operators. */
@Path("shop/categories")
@PermitAll // public unless a method says otherwise
public class ShopCategoryResource extends CategoryTreeResource {

    @Inject
    ShopCategoryTree tree;

    @Override
    protected CategoryTree<?> tree() {
        return tree;
    }
}

package org.impuls.core.api.category;

import java.util.List;

/**
 * A category as every tree's REST API shows it: {@code parent} is the parent's slug (null at the top), {@code
 * children} its sub-categories in their order.
 */
public record CategoryNode(String slug, String parent, String nameDe, String nameEn, List<CategoryNode> children) {

    /** The category with its sub-categories found in {@code all}. */
    public static CategoryNode of(TreeCategory<?> category, List<? extends TreeCategory<?>> all) {
        List<CategoryNode> children = all.stream()
                .filter(c -> category.sameAs(c.getParent()))
                .map(c -> of(c, all))
                .toList();
        return new CategoryNode(
                category.getSlug(),
                category.isTopLevel() ? null : category.getParent().getSlug(),
                category.getNameDe(),
                category.getNameEn(),
                children);
    }

    /** The whole tree: the top-level categories, each with its sub-categories. */
    public static List<CategoryNode> tree(List<? extends TreeCategory<?>> all) {
        return all.stream()
                .filter(TreeCategory::isTopLevel)
                .map(c -> of(c, all))
                .toList();
    }
}

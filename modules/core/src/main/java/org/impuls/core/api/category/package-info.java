/**
 * One category tree behaviour for every module: the {@link org.impuls.core.api.category.TreeCategory} entity
 * superclass, the rules of {@link org.impuls.core.api.category.CategoryTree} (placement, moves without cycles,
 * no removal while in use), the {@link org.impuls.core.api.category.CategoriesChanged} event, one REST shape
 * ({@link org.impuls.core.api.category.CategoryNode}) and the operator's page. See {@code src/docs/categories.md}.
 */
package org.impuls.core.api.category;

package org.impuls.directory.business;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.impuls.core.api.category.TreeCategory;
import org.impuls.core.api.language.LocalizedText;

/** A node of the operator-managed category tree, e.g. Einzelhandel › Bäckereien. */
@Entity
@Table(name = "directory_category")
public class Category extends TreeCategory<Category> {

    protected Category() {}

    public Category(String slug, Category parent, LocalizedText name, int position) {
        super(slug, parent, name, position);
    }
}

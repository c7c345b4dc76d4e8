package org.impuls.core.api.category;

import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A category tree as the choices of a form: each top-level category followed by its sub-categories, indented. */
public final class CategoryChoices {

    private CategoryChoices() {}

    /** The choices in the reader's language, valued by slug, from all categories of a tree. */
    public static List<SelectItem> of(List<? extends TreeCategory<?>> all, Locale locale) {
        List<SelectItem> choices = new ArrayList<>();
        for (TreeCategory<?> top : all.stream().filter(TreeCategory::isTopLevel).toList()) {
            choices.add(new SelectItem(top.getSlug(), top.name(locale)));
            all.stream()
                    .filter(c -> top.sameAs(c.getParent()))
                    .forEach(sub -> choices.add(new SelectItem(sub.getSlug(), "– " + sub.name(locale))));
        }
        return choices;
    }
}

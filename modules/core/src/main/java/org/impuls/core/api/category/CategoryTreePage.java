package org.impuls.core.api.category;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;

/**
 * The operator's page for a category tree (the directory's business categories, the shop's product categories):
 * rename in place, remove what is unused, add under a top-level category. A module extends it as a
 * {@code @Named @ViewScoped} bean over its own {@link CategoryTree} and includes
 * {@code /core/fragments/category-tree.xhtml} with the bean as {@code page} and its message prefix as {@code prefix}
 * (keys {@code <prefix>.title}, {@code .added}, …).
 */
public abstract class CategoryTreePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A category as the page shows it; each top-level one comes before its sub-categories. */
    public record Entry(String slug, String nameDe, String nameEn, boolean topLevel) implements Serializable {}

    @Inject
    FormFeedback feedback;

    private final Map<String, String> namesDe = new HashMap<>();
    private final Map<String, String> namesEn = new HashMap<>();
    private String parent;
    private String newNameDe;
    private String newNameEn;

    /** The message prefix of the module's texts, e.g. {@code directory.categories}. */
    protected abstract String prefix();

    /** The module's tree (an injected bean). */
    protected abstract CategoryTree<?> tree();

    public List<Entry> getCategories() {
        List<Entry> all = tree().all().stream()
                .map(c -> new Entry(c.getSlug(), c.getNameDe(), c.getNameEn(), c.isTopLevel()))
                .toList();
        all.forEach(c -> {
            namesDe.putIfAbsent(c.slug(), c.nameDe());
            namesEn.putIfAbsent(c.slug(), c.nameEn());
        });
        return all;
    }

    public void add() {
        try {
            feedback.info(
                    prefix() + ".added",
                    tree().add(parent, newNameDe, newNameEn).getNameDe());
            newNameDe = null;
            newNameEn = null;
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "add", prefix());
        }
    }

    public void rename(String slug) {
        try {
            tree().rename(slug, namesDe.get(slug), namesEn.get(slug));
            feedback.info(prefix() + ".renamed", namesDe.get(slug));
        } catch (InvalidInputException refusal) {
            // a row's fields have no ids of their own: the refusal goes to the top of the tree form
            feedback.refusal(new InvalidInputException(null, refusal.getMessage()), "tree", prefix());
        }
    }

    public void remove(String slug) {
        try {
            tree().remove(slug);
            namesDe.remove(slug);
            namesEn.remove(slug);
            feedback.info(prefix() + ".removed");
        } catch (ConflictException inUse) {
            feedback.refusal(new InvalidInputException(null, feedback.text(prefix() + ".in-use")), "tree", prefix());
        }
    }

    public Map<String, String> getNamesDe() {
        return namesDe;
    }

    public Map<String, String> getNamesEn() {
        return namesEn;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getNewNameDe() {
        return newNameDe;
    }

    public void setNewNameDe(String newNameDe) {
        this.newNameDe = newNameDe;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }
}

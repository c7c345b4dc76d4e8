package org.impuls.directory.category;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.InvalidInputException;
import org.impuls.directory.business.Category;

/** Backs {@code /admin/directory/categories.xhtml}: the operator edits the category tree. */
@Named("categoriesAdmin")
@ViewScoped
public class CategoriesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryTree tree;

    @Inject
    FormFeedback feedback;

    private final Map<String, String> namesDe = new HashMap<>();
    private final Map<String, String> namesEn = new HashMap<>();
    private String parent;
    private String newNameDe;
    private String newNameEn;

    public List<Category> getCategories() {
        List<Category> all = tree.all();
        all.forEach(c -> {
            namesDe.putIfAbsent(c.getSlug(), c.getNameDe());
            namesEn.putIfAbsent(c.getSlug(), c.getNameEn());
        });
        return all;
    }

    public void add() {
        try {
            Category added = tree.add(parent, newNameDe, newNameEn);
            feedback.info("directory.categories.added", added.getNameDe());
            newNameDe = null;
            newNameEn = null;
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "add", "directory.categories");
        }
    }

    public void rename(String slug) {
        try {
            tree.rename(slug, namesDe.get(slug), namesEn.get(slug));
            feedback.info("directory.categories.renamed", namesDe.get(slug));
        } catch (InvalidInputException refusal) {
            feedback.refusal(new InvalidInputException(null, refusal.getMessage()), "tree", "directory.categories");
        }
    }

    public void remove(String slug) {
        try {
            tree.remove(slug);
            namesDe.remove(slug);
            namesEn.remove(slug);
            feedback.info("directory.categories.removed");
        } catch (WebApplicationException inUse) {
            feedback.refusal(new InvalidInputException(null, feedback.text("directory.categories.in-use")), "tree", "directory.categories");
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

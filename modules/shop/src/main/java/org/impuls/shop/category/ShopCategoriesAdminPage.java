package org.impuls.shop.category;

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
import org.impuls.shop.catalog.ShopCategory;

/** Backs {@code /admin/shop/categories.xhtml}: the operator edits the product category tree. */
@Named("shopCategoriesPage")
@ViewScoped
public class ShopCategoriesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopCategoryTree tree;

    @Inject
    FormFeedback feedback;

    private final Map<String, String> namesDe = new HashMap<>();
    private final Map<String, String> namesEn = new HashMap<>();
    private String parent;
    private String newNameDe;
    private String newNameEn;

    public List<ShopCategory> getCategories() {
        List<ShopCategory> all = tree.all();
        all.forEach(c -> {
            namesDe.putIfAbsent(c.getSlug(), c.getNameDe());
            namesEn.putIfAbsent(c.getSlug(), c.getNameEn());
        });
        return all;
    }

    public void add() {
        try {
            ShopCategory added = tree.add(parent, newNameDe, newNameEn);
            feedback.info("shop.categories.added", added.getNameDe());
            newNameDe = null;
            newNameEn = null;
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "add", "shop.categories");
        }
    }

    public void rename(String slug) {
        try {
            tree.rename(slug, namesDe.get(slug), namesEn.get(slug));
            feedback.info("shop.categories.renamed", namesDe.get(slug));
        } catch (InvalidInputException refusal) {
            // the row's fields have no ids of their own: the refusal goes to the top of the tree form
            feedback.refusal(new InvalidInputException(null, refusal.getMessage()), "tree", "shop.categories");
        }
    }

    public void remove(String slug) {
        try {
            tree.remove(slug);
            namesDe.remove(slug);
            namesEn.remove(slug);
            feedback.info("shop.categories.removed");
        } catch (WebApplicationException inUse) {
            feedback.refusal(new InvalidInputException(null, feedback.text("shop.categories.in-use")), "tree", "shop.categories");
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

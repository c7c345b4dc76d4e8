package org.impuls.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** A node of the platform's product category tree, e.g. Lebensmittel › Brot und Backwaren. */
@Entity
@Table(name = "shop_category")
public class ShopCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private ShopCategory parent;

    @Column(name = "name_de", nullable = false)
    private String nameDe;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private int position;

    protected ShopCategory() {
    }

    public ShopCategory(String slug, ShopCategory parent, String nameDe, String nameEn, int position) {
        this.slug = slug;
        this.parent = parent;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.position = position;
    }

    /** New names; the products in this category (and its sub-categories) need a fresh search key afterwards. */
    public void rename(String german, String english) {
        nameDe = german;
        nameEn = english;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ShopCategory getParent() {
        return parent;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }

    /** Both names and the parent's, for the search key. */
    String searchText() {
        return nameDe + " " + nameEn + (parent == null ? "" : " " + parent.searchText());
    }
}

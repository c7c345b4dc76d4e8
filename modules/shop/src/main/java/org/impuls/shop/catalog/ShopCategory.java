package org.impuls.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

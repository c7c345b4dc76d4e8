package org.impuls.directory.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** A node of the operator-managed category tree, e.g. Einzelhandel › Bäckereien. */
@Entity
@Table(name = "directory_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(name = "name_de", nullable = false)
    private String nameDe;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private int position;

    protected Category() {
    }

    public Category(String slug, Category parent, String nameDe, String nameEn, int position) {
        this.slug = slug;
        this.parent = parent;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.position = position;
    }

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

    public Category getParent() {
        return parent;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }

    /** Both names, for the search key: a German or English word finds the category. */
    String searchText() {
        return nameDe + " " + nameEn + (parent == null ? "" : " " + parent.searchText());
    }
}

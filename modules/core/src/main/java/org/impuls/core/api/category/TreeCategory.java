package org.impuls.core.api.category;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;
import org.impuls.core.api.language.LocalizedText;

/**
 * A node of a module's category tree, e.g. Einzelhandel › Bäckereien. A module's entity extends it over its own
 * table with the columns {@code id, slug, parent_id, name_de, name_en, position}; {@link CategoryTree} changes it.
 */
@MappedSuperclass
public abstract class TreeCategory<C extends TreeCategory<C>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private C parent;

    @Embedded
    @AttributeOverride(name = "de", column = @Column(name = "name_de", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    private LocalizedText name = LocalizedText.EMPTY;

    /** The place among its siblings, from 1. */
    private int position;

    protected TreeCategory() {
        // for JPA
    }

    protected TreeCategory(String slug, C parent, LocalizedText name, int position) {
        this.slug = slug;
        this.parent = parent;
        this.name = name;
        this.position = position;
    }

    void rename(LocalizedText newName) {
        name = newName;
    }

    void moveUnder(C newParent, int newPosition) {
        parent = newParent;
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    /** The parent category, null for a top-level one. */
    public C getParent() {
        return parent;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getNameDe() {
        return name.de();
    }

    public String getNameEn() {
        return name.en();
    }

    public int getPosition() {
        return position;
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    /** The name for a reader of this language. */
    public String name(Locale locale) {
        return name.in(locale);
    }

    /** Both names and those of the parents, for search keys: a German or English word finds what is filed here. */
    public String searchText() {
        return name.de() + " " + name.en() + (parent == null ? "" : " " + parent.searchText());
    }

    /** Levels above this category: 0 for a top-level one. */
    int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    boolean sameAs(TreeCategory<?> other) {
        return other != null && slug.equals(other.slug);
    }
}

package org.impuls.core.api.category;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Slug;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.language.LocalizedText;

/**
 * The rules of every category tree, two levels deep (top-level categories and their sub-categories). A module
 * extends it as an {@code @ApplicationScoped} bean over its {@link TreeCategory} entity. Each change is audited as
 * {@code <module>.category.added|renamed|moved|removed} and fires one {@link CategoriesChanged}.
 *
 * <ul>
 *   <li>a new or moved category goes last among its new siblings (positions count per level, as the seed data
 *       does), so the operator's order of the others stays as it was;
 *   <li>no category moves under itself or one of its sub-categories, and none ends up deeper than two levels;
 *   <li>a category with sub-categories, or one something is filed in ({@link #inUse}), is not removed (409).
 * </ul>
 */
public abstract class CategoryTree<C extends TreeCategory<C>> {

    private static final int LEVELS = 2;
    private static final int MAX_NAME = 120;

    @PersistenceContext(unitName = "impuls")
    protected EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CategoriesChanged> changed;

    /** Makes a module's category entity, usually its constructor. */
    @FunctionalInterface
    public interface Factory<C> {
        C create(String slug, C parent, LocalizedText name, int position);
    }

    private final String module;
    private final Class<C> type;
    private final Factory<C> factory;
    private final String contents;

    /**
     * @param module the module's id, e.g. {@code shop}: it names the audit actions and the events
     * @param contents what is filed in categories, for the refusal to remove one: e.g. {@code products}
     */
    protected CategoryTree(String module, Class<C> type, Factory<C> factory, String contents) {
        this.module = module;
        this.type = type;
        this.factory = factory;
        this.contents = contents;
    }

    /** Whether something (a business, a product) is filed in exactly this category. */
    protected abstract boolean inUse(C category);

    /**
     * Called after the names of this category (and so of its sub-categories) changed by a rename or a move, with
     * the change flushed: e.g. the search keys of what is filed there include them.
     */
    protected void namesChanged(C category) {}

    /** Each top-level category followed by its sub-categories, each level in position order. */
    public List<C> all() {
        List<C> all = load();
        List<C> ordered = new ArrayList<>(all.size());
        addInOrder(all, null, ordered);
        return ordered;
    }

    @Transactional
    public C add(String parentSlug, String nameDe, String nameEn) {
        LocalizedText name = name(nameDe, nameEn);
        List<C> all = load();
        C parent = parent(all, parentSlug);
        if (depth(parent) >= LEVELS) {
            throw new InvalidInputException("parent", "the tree has two levels: choose a top-level category as parent");
        }
        String slug = Slug.unique(
                name.de(), taken -> all.stream().anyMatch(c -> c.getSlug().equals(taken)));
        C category = factory.create(slug, parent, name, nextPosition(all, parent));
        store(category);
        changed("added", slug, name.de());
        return category;
    }

    /** New names; what is filed in the category (or in its sub-categories) is found by them at once. */
    @Transactional
    public C rename(String slug, String nameDe, String nameEn) {
        C category = find(load(), slug);
        LocalizedText name = name(nameDe, nameEn);
        category.rename(name);
        flush();
        namesChanged(category);
        changed("renamed", slug, name.de());
        return category;
    }

    /** Moves a category (with its sub-categories) under another parent, or to the top when {@code parentSlug} is empty. */
    @Transactional
    public C move(String slug, String parentSlug) {
        List<C> all = load();
        C category = find(all, slug);
        C parent = parent(all, parentSlug);
        if (parent == null ? category.isTopLevel() : parent.sameAs(category.getParent())) {
            return category; // already there: nothing changes, nothing is announced
        }
        for (C above = parent; above != null; above = above.getParent()) {
            if (above.sameAs(category)) {
                throw new InvalidInputException(
                        "parent", "a category cannot move under itself or one of its sub-categories");
            }
        }
        if (depth(parent) + height(all, category) >= LEVELS) {
            throw new InvalidInputException(
                    "parent",
                    "the tree has two levels: only a category without sub-categories " + "goes under a top-level one");
        }
        category.moveUnder(parent, nextPosition(all, parent));
        flush();
        namesChanged(category);
        changed("moved", slug, parent == null ? null : parent.getSlug());
        return category;
    }

    /** Removes a category nobody uses; one in use or with sub-categories stays (409), so nothing loses its place. */
    @Transactional
    public void remove(String slug) {
        List<C> all = load();
        C category = find(all, slug);
        if (all.stream().anyMatch(c -> category.sameAs(c.getParent())) || inUse(category)) {
            throw new ConflictException(
                    "Category " + slug + " still has sub-categories or " + contents + "; move them first.");
        }
        discard(category);
        changed("removed", slug, null);
    }

    /** Every category of the tree, in no particular order. */
    List<C> load() {
        String entity = em.getMetamodel().entity(type).getName();
        return em.createQuery("select c from " + entity + " c", type).getResultList();
    }

    void store(C category) {
        em.persist(category);
    }

    void discard(C category) {
        em.remove(category);
    }

    void flush() {
        em.flush();
    }

    private void changed(String action, String slug, String detail) {
        audit.record(module + ".category." + action, "category:" + slug, detail);
        changed.fire(new CategoriesChanged(module, slug));
    }

    private static <C extends TreeCategory<C>> void addInOrder(List<C> all, C parent, List<C> ordered) {
        all.stream()
                .filter(c -> parent == null ? c.isTopLevel() : parent.sameAs(c.getParent()))
                .sorted(Comparator.comparingInt(C::getPosition).thenComparing(C::getSlug))
                .forEach(c -> {
                    ordered.add(c);
                    addInOrder(all, c, ordered);
                });
    }

    /** Last among the children of {@code parent} (the top level when null). */
    private static <C extends TreeCategory<C>> int nextPosition(List<C> all, C parent) {
        return all.stream()
                        .filter(c -> parent == null ? c.isTopLevel() : parent.sameAs(c.getParent()))
                        .mapToInt(C::getPosition)
                        .max()
                        .orElse(0)
                + 1;
    }

    /** The levels a child of {@code parent} would be below the top: 1 under a top-level category, 0 at the top. */
    private static int depth(TreeCategory<?> parent) {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** The levels of sub-categories below this one: 0 for a category without any. */
    private static <C extends TreeCategory<C>> int height(List<C> all, C category) {
        return all.stream()
                .filter(c -> category.sameAs(c.getParent()))
                .mapToInt(c -> height(all, c) + 1)
                .max()
                .orElse(0);
    }

    private C parent(List<C> all, String parentSlug) {
        if (parentSlug == null || parentSlug.isBlank()) {
            return null;
        }
        return all.stream()
                .filter(c -> c.getSlug().equals(parentSlug))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("parent", "there is no category '" + parentSlug + "'"));
    }

    private C find(List<C> all, String slug) {
        return all.stream()
                .filter(c -> c.getSlug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no category '" + slug + "'."));
    }

    private static LocalizedText name(String nameDe, String nameEn) {
        return LocalizedText.of(checked(nameDe, "nameDe"), checked(nameEn, "nameEn"));
    }

    private static String checked(String text, String field) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_NAME) {
            throw new InvalidInputException(field, "give a name of 1 to " + MAX_NAME + " characters");
        }
        return text.strip();
    }
}

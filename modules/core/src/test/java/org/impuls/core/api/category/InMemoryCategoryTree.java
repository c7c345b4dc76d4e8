package org.impuls.core.api.category;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.impuls.core.api.language.LocalizedText;

/** The shared tree rules over a list instead of a table, recording what a module would see. */
final class InMemoryCategoryTree extends CategoryTree<InMemoryCategoryTree.Node> {

    /** A module's category entity. */
    static final class Node extends TreeCategory<Node> {
        Node(String slug, Node parent, LocalizedText name, int position) {
            super(slug, parent, name, position);
        }
    }

    final List<Node> stored = new ArrayList<>();
    final Set<String> inUse = new HashSet<>();
    final List<String> namesChanged = new ArrayList<>();
    final List<CategoriesChanged> events = new ArrayList<>();
    final List<String> audited = new ArrayList<>();

    InMemoryCategoryTree() {
        super("test", Node.class, Node::new, "things");
        audit = (action, target, detail) -> audited.add(action + " " + target);
        changed = new Recorded();
    }

    @Override
    protected boolean inUse(Node category) {
        return inUse.contains(category.getSlug());
    }

    @Override
    protected void namesChanged(Node category) {
        namesChanged.add(category.getSlug());
    }

    @Override
    List<Node> load() {
        return new ArrayList<>(stored);
    }

    @Override
    void store(Node category) {
        stored.add(category);
    }

    @Override
    void discard(Node category) {
        stored.remove(category);
    }

    @Override
    void flush() {
        // nothing to write
    }

    Node get(String slug) {
        return stored.stream().filter(c -> c.getSlug().equals(slug)).findFirst().orElseThrow();
    }

    List<String> slugs() {
        return all().stream().map(TreeCategory::getSlug).toList();
    }

    /** Keeps the fired events. */
    private final class Recorded implements Event<CategoriesChanged> {

        @Override
        public void fire(CategoriesChanged event) {
            events.add(event);
        }

        @Override
        public <U extends CategoriesChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CategoriesChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<CategoriesChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CategoriesChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CategoriesChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}

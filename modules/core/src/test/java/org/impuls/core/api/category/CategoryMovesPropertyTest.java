package org.impuls.core.api.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.impuls.core.api.error.InvalidInputException;

/** Whatever moves the operator tries, the tree stays a tree of two levels with each category listed once. */
class CategoryMovesPropertyTest {

    private static final List<String> SLUGS = List.of("a", "a1", "a2", "b", "b1", "c");

    @Property
    void anySequenceOfMovesKeepsTwoLevelsWithoutCycles(
            @ForAll @Size(max = 30) List<@IntRange(max = 5) Integer> moved,
            @ForAll @Size(max = 30) List<@IntRange(min = -1, max = 5) Integer> under) {
        InMemoryCategoryTree tree = new InMemoryCategoryTree();
        tree.add(null, "A", "A");
        tree.add("a", "A1", "A1");
        tree.add("a", "A2", "A2");
        tree.add(null, "B", "B");
        tree.add("b", "B1", "B1");
        tree.add(null, "C", "C");

        for (int i = 0; i < Math.min(moved.size(), under.size()); i++) {
            try {
                tree.move(SLUGS.get(moved.get(i)), under.get(i) < 0 ? null : SLUGS.get(under.get(i)));
            } catch (InvalidInputException refused) {
                // a refused move leaves the tree as it was; the invariants below say so
            }
        }

        assertThat(tree.slugs()).containsExactlyInAnyOrderElementsOf(SLUGS);
        for (InMemoryCategoryTree.Node category : tree.stored) {
            assertThat(category.depth()).as(category.getSlug()).isLessThanOrEqualTo(1);
        }
        List<InMemoryCategoryTree.Node> ordered = tree.all();
        for (int i = 0; i < ordered.size(); i++) {
            InMemoryCategoryTree.Node category = ordered.get(i);
            if (!category.isTopLevel()) {
                assertThat(ordered.subList(0, i))
                        .as("a parent comes before its sub-categories")
                        .contains(category.getParent());
            }
        }
    }
}

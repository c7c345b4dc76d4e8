package org.impuls.core.api.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules both category trees follow: placement, moves without cycles or a third level, removal, events. */
class CategoryTreeTest {

    private InMemoryCategoryTree tree;

    /** Gastronomie › Restaurants, Cafés; Einzelhandel › Bäckereien. */
    @BeforeEach
    void seed() {
        tree = new InMemoryCategoryTree();
        tree.add(null, "Gastronomie", "Food and drink");
        tree.add("gastronomie", "Restaurants", "Restaurants");
        tree.add("gastronomie", "Cafés", "Cafés");
        tree.add("", "Einzelhandel", "Retail");
        tree.add("einzelhandel", "Bäckereien", "Bakeries");
        tree.events.clear();
        tree.audited.clear();
    }

    @Test
    void aNewCategoryGoesLastAmongItsSiblingsWithPositionsCountedPerLevel() {
        InMemoryCategoryTree.Node cafes = tree.get("cafes");
        assertThat(cafes.getPosition()).isEqualTo(2);
        assertThat(tree.get("einzelhandel").getPosition())
                .as("the second top-level one")
                .isEqualTo(2);
        assertThat(tree.get("baeckereien").getPosition())
                .as("the first under its parent")
                .isEqualTo(1);

        InMemoryCategoryTree.Node bars = tree.add("gastronomie", "Bars", "Bars");

        assertThat(bars.getPosition()).isEqualTo(3);
        assertThat(tree.slugs())
                .containsExactly("gastronomie", "restaurants", "cafes", "bars", "einzelhandel", "baeckereien");
    }

    @Test
    void theTreeListsEachTopLevelCategoryBeforeItsSubCategoriesWhateverTheStoredOrder() {
        java.util.Collections.reverse(tree.stored);

        assertThat(tree.slugs()).containsExactly("gastronomie", "restaurants", "cafes", "einzelhandel", "baeckereien");
    }

    @Test
    void namesAreStrippedAndASlugTakenAlreadyGetsANumber() {
        InMemoryCategoryTree.Node again = tree.add("einzelhandel", "  Cafés ", " Coffee shops ");

        assertThat(again.getSlug()).isEqualTo("cafes-2");
        assertThat(again.getName().de()).isEqualTo("Cafés");
        assertThat(again.getNameEn()).isEqualTo("Coffee shops");
    }

    @Test
    void aBlankOrTooLongNameAndAThirdLevelAreRefusedNamingTheField() {
        assertThatThrownBy(() -> tree.add(null, " ", "x"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("nameDe"));
        assertThatThrownBy(() -> tree.add(null, "Gut", "x".repeat(121)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("nameEn"));
        assertThatThrownBy(() -> tree.add("baeckereien", "Brezeln", "Pretzels"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two levels")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("parent"));
        assertThatThrownBy(() -> tree.add("gibt-es-nicht", "Brezeln", "Pretzels"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("parent"));
        assertThat(tree.stored).hasSize(5);
        assertThat(tree.events).isEmpty();
    }

    @Test
    void aMovedCategoryGoesLastUnderItsNewParentAndWhatIsFiledThereIsReKeyed() {
        InMemoryCategoryTree.Node moved = tree.move("restaurants", "einzelhandel");

        assertThat(moved.getParent().getSlug()).isEqualTo("einzelhandel");
        assertThat(moved.getPosition()).isEqualTo(2);
        assertThat(moved.searchText()).contains("Einzelhandel", "Retail").doesNotContain("Gastronomie");
        assertThat(tree.slugs()).containsExactly("gastronomie", "cafes", "einzelhandel", "baeckereien", "restaurants");
        assertThat(tree.namesChanged).containsExactly("restaurants");
        assertThat(tree.audited).containsExactly("test.category.moved category:restaurants");
    }

    @Test
    void aSubCategoryMovedToTheTopGoesLastThere() {
        InMemoryCategoryTree.Node moved = tree.move("cafes", null);

        assertThat(moved.isTopLevel()).isTrue();
        assertThat(moved.getPosition()).isEqualTo(3);
        assertThat(tree.slugs()).containsExactly("gastronomie", "restaurants", "einzelhandel", "baeckereien", "cafes");
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrOneOfItsSubCategories() {
        assertThatThrownBy(() -> tree.move("gastronomie", "restaurants"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("under itself or one of its sub-categories")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("parent"));
        assertThatThrownBy(() -> tree.move("gastronomie", "gastronomie"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("under itself");

        assertThat(tree.get("gastronomie").isTopLevel()).isTrue();
        assertThat(tree.get("restaurants").getParent().getSlug()).isEqualTo("gastronomie");
        assertThat(tree.events).isEmpty();
    }

    @Test
    void aCategoryWithSubCategoriesStaysOnTheTopLevel() {
        assertThatThrownBy(() -> tree.move("gastronomie", "einzelhandel"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two levels");
        assertThatThrownBy(() -> tree.move("cafes", "baeckereien"))
                .as("under a sub-category")
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two levels");

        assertThat(tree.get("gastronomie").isTopLevel()).isTrue();
    }

    @Test
    void aMoveToWhereTheCategoryIsChangesAndAnnouncesNothing() {
        tree.move("cafes", "gastronomie");
        tree.move("einzelhandel", "");

        assertThat(tree.get("cafes").getPosition()).isEqualTo(2);
        assertThat(tree.events).isEmpty();
    }

    @Test
    void aCategoryWithSubCategoriesOrInUseStaysAndAnUnusedOneGoes() {
        tree.inUse.add("restaurants");

        assertThatThrownBy(() -> tree.remove("gastronomie"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("sub-categories or things");
        assertThatThrownBy(() -> tree.remove("restaurants")).isInstanceOf(ConflictException.class);
        tree.remove("cafes");

        assertThat(tree.slugs()).containsExactly("gastronomie", "restaurants", "einzelhandel", "baeckereien");
        assertThat(tree.audited).containsExactly("test.category.removed category:cafes");
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        assertThatThrownBy(() -> tree.rename("gibt-es-nicht", "A", "B")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tree.move("gibt-es-nicht", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tree.remove("gibt-es-nicht")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyChangeIsAuditedAndAnnouncedOnceNamingTheModule() {
        tree.add("gastronomie", "Bars", "Bars");
        tree.rename("bars", "Kneipen", "Pubs");
        tree.move("bars", "einzelhandel");
        tree.remove("bars");

        assertThat(tree.events)
                .containsExactly(
                        new CategoriesChanged("test", "bars"),
                        new CategoriesChanged("test", "bars"),
                        new CategoriesChanged("test", "bars"),
                        new CategoriesChanged("test", "bars"));
        assertThat(tree.audited)
                .containsExactly(
                        "test.category.added category:bars",
                        "test.category.renamed category:bars",
                        "test.category.moved category:bars",
                        "test.category.removed category:bars");
    }

    @Test
    void aRenamedCategoryKeepsItsSlugAndPlaceAndItsContentsAreReKeyed() {
        tree.rename("cafes", " Kaffeehäuser ", "Coffee houses");

        assertThat(tree.get("cafes").name(java.util.Locale.GERMAN)).isEqualTo("Kaffeehäuser");
        assertThat(tree.get("cafes").name(java.util.Locale.ENGLISH)).isEqualTo("Coffee houses");
        assertThat(tree.slugs()).containsExactly("gastronomie", "restaurants", "cafes", "einzelhandel", "baeckereien");
        assertThat(tree.namesChanged).containsExactly("cafes");
    }

    @Test
    void formChoicesListEachTopLevelCategoryWithItsSubCategoriesIndentedInTheReadersLanguage() {
        assertThat(CategoryChoices.of(tree.all(), java.util.Locale.ENGLISH))
                .extracting(c -> c.getValue() + "=" + c.getLabel())
                .containsExactly(
                        "gastronomie=Food and drink",
                        "restaurants=– Restaurants",
                        "cafes=– Cafés",
                        "einzelhandel=Retail",
                        "baeckereien=– Bakeries");
    }
}

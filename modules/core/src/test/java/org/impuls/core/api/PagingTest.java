package org.impuls.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pagesAreNumberedFromOne() {
        assertThat(new PageRequest(1, 20).offset()).isZero();
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
    }

    @Test
    void pageZeroIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new PageRequest(0, 20))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).contains("page"));
    }

    @Test
    void tooLargePagesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new PageRequest(1, PageRequest.MAX_SIZE + 1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).contains("size"));
    }

    @Test
    void aPageSoFarThatItsOffsetWouldOverflowIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).contains("page"));
        PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertThat(last.offset()).isPositive();
        assertThat((long) last.offset() + last.size()).isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void countsPagesOfAResult() {
        ResultPage<String> page = ResultPage.of(List.of("a", "b"), 41, new PageRequest(3, 20));

        assertThat(page.pageCount()).isEqualTo(3);
        assertThat(page.map(String::toUpperCase).items()).containsExactly("A", "B");
        assertThat(ResultPage.of(List.of(), 0, PageRequest.first()).pageCount()).isZero();
    }
}

package org.impuls.core.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the single shape of every list the REST API returns: the items, the total
 * number of matches, and the page number (from 1) and page size that were asked for.
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <T> ResultPage<T> of(List<T> items, long total, PageRequest request) {
        return new ResultPage<>(items, total, request.page(), request.size());
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    /** Number of pages needed for all matches; 0 when nothing matched. */
    public long pageCount() {
        return (total + size - 1) / size;
    }
}

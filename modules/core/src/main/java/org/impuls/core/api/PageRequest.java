package org.impuls.core.api;

import org.impuls.core.api.error.InvalidInputException;

/**
 * Which page of a list a client asks for. Pages are numbered from 1 to {@link #MAX_PAGE}; a page holds
 * at most {@link #MAX_SIZE} items. Out-of-range values are refused, not silently clamped, so that a
 * client learns about its mistake.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any list of the portal, and low enough that no offset computed from it overflows an int. */
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "page must be between 1 and " + MAX_PAGE + ", was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** Zero-based index of the first item on this page, for SQL OFFSET. */
    public int offset() {
        return (page - 1) * size;
    }
}

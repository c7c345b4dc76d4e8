package org.impuls.shop.cart;

import java.util.regex.Pattern;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;

/** The cart's limits: quantities 1–99 per line, at most 100 lines, a postal code of five digits; and how merging caps. */
final class CartRules {

    static final int MAX_QUANTITY = 99;
    static final int MAX_LINES = 100;
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private CartRules() {}

    /** A quantity as given by the customer, 1 to 99. */
    static int quantity(Integer quantity) {
        if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "The quantity must be 1 to " + MAX_QUANTITY + ".");
        }
        return quantity;
    }

    /** Adding to a line that holds {@code inCart} already: the sum stays within 99. */
    static int added(int inCart, int quantity) {
        if (inCart + quantity > MAX_QUANTITY) {
            throw new InvalidInputException(
                    "quantity",
                    "At most " + MAX_QUANTITY + " of one variant fit in a cart; it holds " + inCart + " already.");
        }
        return inCart + quantity;
    }

    /** A new line in a cart of {@code lines} lines. */
    static void roomForLine(int lines) {
        if (lines >= MAX_LINES) {
            throw new ConflictException("A cart holds at most " + MAX_LINES + " lines; this one is full.");
        }
    }

    /** Five digits, or null (blank) for none. */
    static String postalCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        if (!POSTAL_CODE.matcher(stripped).matches()) {
            throw new InvalidInputException("postalCode", "A postal code has five digits.");
        }
        return stripped;
    }

    /**
     * A line of the account's cart ({@code mine}) meeting the same variant from the anonymous cart ({@code theirs}) at
     * login: the quantities add up, capped at 99 and at what is available ({@code null}: not tracked), but never below
     * what the account's line held (merging takes nothing away from it).
     */
    static int merged(int mine, int theirs, Integer available) {
        int sum = Math.min(MAX_QUANTITY, mine + theirs);
        return available == null ? sum : Math.max(mine, Math.min(sum, available));
    }

    /**
     * A line only the anonymous cart has, carried over: capped at what is available, but at least one, so that nothing
     * disappears silently (a sold-out line then shows its notice).
     */
    static int carried(int theirs, Integer available) {
        return available == null ? theirs : Math.max(1, Math.min(theirs, available));
    }
}

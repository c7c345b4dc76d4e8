package org.impuls.shop.cart;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.shop.api.StockLedger;
import org.impuls.shop.api.StockLevel;

/**
 * "In den Warenkorb" from the product page and the catalogue's cards: a plain form post (no script needed, nothing
 * for the Content-Security-Policy to refuse) that adds and sends the browser back to the page it came from (303),
 * with what happened in the address ({@link CartButtons} shows it next to the button): added, or refused with the
 * reason and what the customer typed. Only posts from the portal's own pages are taken (Origin, else Referer), as
 * for the API's cookie-authenticated writes.
 */
@WebServlet(urlPatterns = CartAddServlet.PATH)
public class CartAddServlet extends HttpServlet {

    static final String PATH = "/warenkorb/hinzufuegen";

    @Inject
    BrowserCart cart;

    @Inject
    StockLedger stock;

    @Inject
    SameOrigin sameOrigin;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        cart.respondingWith(response);
        String back = back(request.getParameter("back"));
        Long variant = number(request.getParameter("variant"));
        String typed = typed(request.getParameter("quantity"));
        String outcome;
        if (variant == null) {
            outcome = "cart=refused&cartReason=unavailable";
        } else {
            outcome = "cartVariant=" + variant + "&cartQuantity=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)
                    + "&" + add(variant, typed);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + joined(back, outcome));
        response.setHeader("Cache-Control", "private, no-store");
    }

    private String add(long variant, String typed) {
        Long quantity = number(typed);
        if (quantity == null || quantity < 1 || quantity > CartRules.MAX_QUANTITY) {
            return "cart=refused&cartReason=quantity";
        }
        try {
            cart.add(variant, quantity.intValue());
            return "cart=added";
        } catch (InvalidInputException tooMany) {
            return "cart=refused&cartReason=quantity";
        } catch (NotFoundException gone) {
            return "cart=refused&cartReason=unavailable";
        } catch (ConflictException refused) {
            return "cart=refused&" + why(variant);
        }
    }

    /** Which conflict it was: the stock (named), sold out, or no room for another line. */
    private String why(long variant) {
        Integer available = stock.levels(List.of(variant))
                .getOrDefault(variant, StockLevel.UNTRACKED)
                .available();
        if (available == null) {
            return "cartReason=full";
        }
        return available == 0 ? "cartReason=sold-out" : "cartReason=stock&cartAvailable=" + available;
    }

    /** A path of this portal to go back to, without earlier outcomes; anything else goes to the catalogue. */
    static String back(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/produkte";
        }
        int hash = back.indexOf('#');
        return CartButtons.withoutOutcome(hash < 0 ? back : back.substring(0, hash));
    }

    static String joined(String back, String outcome) {
        String path = back;
        String anchor = outcome.contains("cartVariant=") ? "#cart-add-" + variantOf(outcome) : "";
        return path + (path.contains("?") ? "&" : "?") + outcome + anchor;
    }

    private static String variantOf(String outcome) {
        int start = outcome.indexOf("cartVariant=") + "cartVariant=".length();
        int end = outcome.indexOf('&', start);
        return end < 0 ? outcome.substring(start) : outcome.substring(start, end);
    }

    private static String typed(String quantity) {
        String text = quantity == null ? "" : quantity.strip();
        return text.length() > 10 ? text.substring(0, 10) : text;
    }

    private static Long number(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,9}")) {
            return null;
        }
        return Long.parseLong(text.strip());
    }
}

package org.impuls.shop.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.NotFoundException;

/**
 * The browser visitor's cart in this request: for an anonymous visitor the cart whose public id the cookie {@value
 * #COOKIE} holds, for a logged-in customer the account's cart. On the first request that has both a login and the
 * cookie the anonymous cart merges into the account's ({@link Carts#mergeIntoMine}) and the cookie is cleared, so that
 * every way of logging in works, on any node. An id the visitor cannot reach is ignored and its cookie cleared.
 * Nothing is looked up for a visitor with neither cookie nor login.
 */
@Named("browserCart")
@RequestScoped
public class BrowserCart {

    static final String COOKIE = "impuls_cart";
    private static final int THIRTY_DAYS = 30 * 24 * 60 * 60;

    @Inject
    Carts carts;

    @Inject
    CartCount counts;

    @Inject
    CartStart starts;

    @Inject
    Caller caller;

    @Inject
    FormFeedback texts;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "impuls.base-url")
    Optional<String> baseUrl;

    private HttpServletResponse response;
    private boolean resolved;
    private String id;
    private Integer itemCount;

    /** For a servlet outside JSF: where the cookie goes. */
    void respondingWith(HttpServletResponse response) {
        this.response = response;
    }

    /** The visitor's cart id, if the visitor has a cart. */
    public Optional<String> id() {
        if (!resolved) {
            resolved = true;
            id = resolve();
        }
        return Optional.ofNullable(id);
    }

    /** The number of items for the header, in one query (none without cookie and login); marks the page personal. */
    public int getItemCount() {
        if (itemCount == null) {
            itemCount = count();
            if (itemCount > 0) {
                personal();
            }
        }
        return itemCount;
    }

    /** "Warenkorb, 3 Artikel": the header link's accessible name. */
    public String getLabel() {
        return texts.text("shop.cart.header.label", getItemCount());
    }

    /** A response that shows the visitor's cart is for that visitor only: no shared or browser cache keeps it. */
    void personal() {
        HttpServletResponse out = response();
        if (out != null && !out.isCommitted()) {
            out.setHeader("Cache-Control", "private, no-store");
        }
    }

    /** After a write: the cart the visitor has now and its count. */
    void now(CartSummary cart) {
        now(cart.id(), cart.itemCount());
    }

    private void now(String cartId, int items) {
        resolved = true;
        itemCount = items;
        if (!cartId.equals(id) && !caller.isAuthenticated()) {
            setCookie(cartId, THIRTY_DAYS);
        }
        id = cartId;
        personal();
    }

    /** The cart turned out to be unreachable (deleted, someone else's): forget it. */
    void forget() {
        if (id != null && !caller.isAuthenticated()) {
            setCookie("", 0);
        }
        id = null;
        itemCount = 0;
    }

    /**
     * Puts a variant into the visitor's cart: the account's for a logged-in customer, else the cookie's; a visitor
     * without one gets a new cart with this first item (none is made when the item is refused).
     */
    public AddedLine add(long variantId, int quantity) {
        AddedLine added;
        if (caller.isAuthenticated()) {
            added = carts.addLine(id().orElseGet(carts::mineOrCreate), variantId, quantity);
        } else if (id().isPresent()) {
            added = addToRemembered(variantId, quantity);
        } else {
            added = starts.withFirstItem(variantId, quantity);
        }
        now(added.cartId(), added.itemCount());
        return added;
    }

    private AddedLine addToRemembered(long variantId, int quantity) {
        try {
            return carts.addLine(id, variantId, quantity);
        } catch (NotFoundException unknown) {
            try {
                carts.summary(id);
            } catch (NotFoundException cartUnknown) {
                forget();
                return starts.withFirstItem(variantId, quantity);
            }
            throw unknown; // the variant, not the cart
        }
    }

    private String resolve() {
        String remembered = remembered();
        if (!caller.isAuthenticated()) {
            if (remembered != null && !CartIds.wellFormed(remembered)) {
                setCookie("", 0);
                return null;
            }
            return remembered;
        }
        if (remembered != null) {
            setCookie("", 0);
            if (CartIds.wellFormed(remembered)) {
                try {
                    return carts.mergeIntoMine(remembered);
                } catch (NotFoundException unknown) {
                    // someone else's or deleted: the account keeps its own cart
                }
            }
        }
        return carts.mine().orElse(null);
    }

    private int count() {
        if (!caller.isAuthenticated() && remembered() == null) {
            return 0;
        }
        if (caller.isAuthenticated() && remembered() == null && !resolved) {
            return counts.ofAccount(caller.accountId().orElseThrow());
        }
        return id().map(carts::itemCount).orElse(0);
    }

    private String remembered() {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private void setCookie(String value, int maxAge) {
        HttpServletResponse out = response();
        if (out == null || out.isCommitted()) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        // the configured public address decides, as for the session cookie: behind a TLS proxy requests arrive as HTTP
        cookie.setSecure(baseUrl.map(url -> url.startsWith("https://")).orElse(false));
        cookie.setAttribute("SameSite", "Lax");
        out.addCookie(cookie);
    }

    private HttpServletResponse response() {
        if (response == null && FacesContext.getCurrentInstance() != null) {
            response = (HttpServletResponse)
                    FacesContext.getCurrentInstance().getExternalContext().getResponse();
        }
        return response;
    }
}

package org.impuls.shop.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.shop.cart.CartSummary.Line;
import org.impuls.shop.cart.CartSummary.MerchantGroup;
import org.impuls.shop.cart.CartSummary.NoticeKind;
import org.impuls.shop.cart.CartSummary.VatLine;
import org.impuls.shop.delivery.PickupWindow;

/**
 * Backs {@code /warenkorb}: the visitor's cart ({@link BrowserCart}) with its groups, delivery options and totals, and
 * the forms that change a line's quantity, remove it, accept a changed price and give the postal code. The forms are
 * plain HTML forms posting to the page itself (no JSF view state to save and restore: the page is rendered some
 * four times cheaper, see {@code src/docs/cart-bench.md}); {@link #act()} runs what was sent, from the portal's own
 * pages only ({@link SameOrigin}). Refusals appear next to their line or field, and the page answers the post itself
 * (a reload sends it again, which acts on the line by its id, so it changes nothing else).
 */
@Named("cartPage")
@RequestScoped
public class CartPage {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** One slot formatter per locale: building one per slot showed in the page's profile. */
    private static final Map<Locale, DateTimeFormatter> SLOT_FORMATS = new ConcurrentHashMap<>();

    @Inject
    BrowserCart browserCart;

    @Inject
    Carts carts;

    @Inject
    CartPageReads reads;

    @Inject
    FormFeedback texts;

    @Inject
    HttpServletRequest request;

    @Inject
    SameOrigin sameOrigin;

    private boolean loaded;
    private CartSummary cart;
    // the page iterates these lists: a ui:repeat keeps the list it got while decoding, so they change in place
    private final List<MerchantGroup> groups = new ArrayList<>();
    private final List<VatLine> vat = new ArrayList<>();
    private final Map<Long, String> quantities = new HashMap<>();
    private final Map<Long, String> lineMessages = new HashMap<>();
    /** Each merchant's pick-up window today, worked out once per request (the page asks twice per merchant). */
    private final Map<Long, Optional<PickupWindow>> pickup = new HashMap<>();

    private String postalCode;
    private String postalCodeMessage;
    private String status;

    /** The cart, null when the visitor has none (or it is empty and unreachable). */
    public CartSummary getCart() {
        if (!loaded) {
            loaded = true;
            try {
                show(browserCart
                        .id()
                        .map(reads::read)
                        .map(read -> {
                            pickup.putAll(read.pickup());
                            return read.cart();
                        })
                        .orElse(null));
            } catch (NotFoundException gone) {
                browserCart.forget();
            }
        }
        return cart;
    }

    /** The merchants' parts of the cart, the same list across a postback. */
    public List<MerchantGroup> getGroups() {
        getCart();
        return groups;
    }

    /** The cart's VAT per rate, the same list across a postback. */
    public List<VatLine> getVat() {
        getCart();
        return vat;
    }

    public boolean isCartEmpty() {
        return getCart() == null || getCart().groups().isEmpty();
    }

    /**
     * The page's view action: on a post, the form's {@code do} (update, remove, accept, postal-code); a post from
     * another site is refused with 403 before anything is read.
     */
    public void act() throws java.io.IOException {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!sameOrigin.of(request)) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
            return;
        }
        String action = String.valueOf(request.getParameter("do"));
        switch (action) {
            case "update" -> change();
            case "remove" -> remove();
            case "accept" -> acceptPrice();
            case "postal-code" -> savePostalCode(request.getParameter("postalCode"));
            default -> {
                // an unknown action changes nothing: the page shows the cart as it is
            }
        }
    }

    void change() {
        long lineId = submittedLine();
        Line line = line(lineId);
        // a plain field of the line's own form: only the form of the button pressed is sent
        String typed = String.valueOf(request.getParameter("quantity")).strip();
        if (line == null) {
            return;
        }
        quantities.put(lineId, typed.length() > 10 ? typed.substring(0, 10) : typed);
        if (!typed.matches("[0-9]{1,2}") || Integer.parseInt(typed) < 1) {
            lineMessages.put(lineId, texts.text("shop.cart.add.refusal.quantity", CartRules.MAX_QUANTITY));
            return;
        }
        write(
                lineId,
                () -> carts.change(cart.id(), lineId, Integer.parseInt(typed.strip())),
                "shop.cart.changed",
                line);
    }

    void remove() {
        long lineId = submittedLine();
        Line line = line(lineId);
        if (line != null) {
            write(lineId, () -> carts.remove(cart.id(), lineId), "shop.cart.removed", line);
        }
    }

    /** The customer takes today's price: the line is set to its quantity again and remembers the price as seen. */
    void acceptPrice() {
        long lineId = submittedLine();
        Line line = line(lineId);
        if (line != null) {
            write(lineId, () -> carts.change(cart.id(), lineId, line.quantity()), "shop.cart.price-accepted", line);
        }
    }

    void savePostalCode(String typed) {
        if (getCart() == null) {
            return;
        }
        postalCode = typed; // after the cart is read, which fills the field with the cart's code
        try {
            show(carts.postalCode(cart.id(), postalCode));
            status = texts.text(
                    postalCode == null || postalCode.isBlank()
                            ? "shop.cart.postal-code.forgotten"
                            : "shop.cart.postal-code.saved",
                    cart.postalCode());
        } catch (InvalidInputException wrong) {
            postalCodeMessage = texts.text("shop.cart.postal-code.refusal");
        }
    }

    /** "heute bis 18:30 abholbereit", or the window later today; null when the merchant opens no more today. */
    public String pickupToday(long businessId) {
        if (!pickup.containsKey(businessId)) {
            pickup.putAll(reads.pickup(List.of(businessId)));
        }
        PickupWindow window = pickup.get(businessId).orElse(null);
        if (window == null) {
            return null;
        }
        return window.isOpenNow()
                ? texts.text("shop.pickup.today-until", window.getUntil())
                : texts.text("shop.pickup.today-window", window.getFrom(), window.getUntil());
    }

    /** A pick-up slot for people: "Mi., 2. Dez. 2026, 10:00". */
    public String slot(String isoTime) {
        return OffsetDateTime.parse(isoTime)
                .atZoneSameInstant(BERLIN)
                .format(SLOT_FORMATS.computeIfAbsent(
                        texts.locale(),
                        locale -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale)));
    }

    /** Whether the line shows a price or deposit that changed, which the customer can accept. */
    public boolean priceChanged(Line line) {
        return line.buyable()
                && line.notices().stream()
                        .anyMatch(n -> n.kind() == NoticeKind.PRICE_CHANGED || n.kind() == NoticeKind.DEPOSIT_CHANGED);
    }

    /** The line's quantity field: what the customer typed when it was refused, else the quantity in the cart. */
    public String quantity(Line line) {
        return quantities.getOrDefault(line.lineId(), String.valueOf(line.quantity()));
    }

    public String lineMessage(long lineId) {
        return lineMessages.get(lineId);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getPostalCodeMessage() {
        return postalCodeMessage;
    }

    public String getStatus() {
        return status;
    }

    private void write(long lineId, java.util.function.Supplier<CartSummary> change, String done, Line line) {
        try {
            show(change.get());
            quantities.remove(lineId);
            status = texts.text(done, title(line));
        } catch (ConflictException refused) {
            lineMessages.put(lineId, refused.getMessage());
        } catch (InvalidInputException wrong) {
            lineMessages.put(lineId, texts.text("shop.cart.add.refusal.quantity", CartRules.MAX_QUANTITY));
        } catch (NotFoundException gone) {
            loaded = false; // the line (or the cart) went meanwhile: show what there is now
            getCart();
        }
    }

    private void show(CartSummary now) {
        cart = now;
        groups.clear();
        vat.clear();
        if (now == null) {
            return;
        }
        groups.addAll(now.groups());
        vat.addAll(now.totals().vat());
        browserCart.now(now);
        postalCode = now.postalCode();
    }

    /**
     * The line whose form was sent, by its id in the form: a button's place in the list is not enough, since a form
     * sent again (the browser's reload) would then act on whatever line is in that place now.
     */
    private long submittedLine() {
        String line = request.getParameter("line");
        return line != null && line.matches("[0-9]{1,18}") ? Long.parseLong(line) : -1;
    }

    private Line line(long lineId) {
        if (getCart() == null) {
            return null;
        }
        return cart.groups().stream()
                .flatMap(g -> g.lines().stream())
                .filter(l -> l.lineId() == lineId)
                .findFirst()
                .orElse(null);
    }

    private static String title(Line line) {
        return line.variantLabel() == null || line.variantLabel().isEmpty()
                ? line.title()
                : line.title() + " " + line.variantLabel();
    }
}

package org.impuls.shop.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.InvalidInputException.FieldError;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.cart.BrowserCart;
import org.impuls.shop.cart.CartSummary;
import org.impuls.shop.cart.CartSummary.MerchantGroup;
import org.impuls.shop.cart.Carts;
import org.impuls.shop.delivery.DeliveryMethod;
import org.impuls.shop.order.OrderTotals;
import org.impuls.shop.order.OrderView;
import org.impuls.shop.payment.Payments;

/**
 * Backs {@code /kasse}: the browser's cart ({@link BrowserCart}) with a delivery choice per merchant, the payment
 * methods on offer, the order's summary and the button that places it through {@link IdempotentCheckout}, as the REST
 * checkout does. Each refusal appears next to its field ({@link CheckoutFields}), nothing typed is lost; once placed
 * the customer goes to the payment provider's page or to the order's page {@code /bestellung/{token}}.
 */
@Named("checkoutPage")
@RequestScoped
public class CheckoutPage {

    /**
     * Fields of plain inputs (radio buttons), whose refusals the page shows itself, as it does the merchants'; every
     * other field is a JSF input with its {@code p:message}.
     */
    private static final Set<String> PLAIN_FIELDS = Set.of("paymentMethod", "deliveries");

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final String FORM = "checkout";

    @Inject
    BrowserCart browserCart;

    @Inject
    Carts carts;

    @Inject
    IdempotentCheckout checkout;

    @Inject
    Payments payments;

    @Inject
    BusinessDirectory directory;

    @Inject
    StaffDirectory accounts;

    @Inject
    Caller caller;

    @Inject
    FormFeedback texts;

    @Inject
    HttpServletRequest request;

    @Inject
    CheckoutForm form;

    /** A payment method as the page offers it: selectable, with why not for the choices made so far. */
    public record PaymentChoice(String id, String label, boolean offeredNow, String reason) {}

    /** Where a merchant's legal texts are on its profile; null where it gave none. */
    public record LegalLinks(String terms, String withdrawal, String imprint) {}

    private boolean loaded;
    private CartSummary cart;
    // the page iterates this list: a ui:repeat keeps the list it got while decoding, so it changes in place
    private final List<MerchantGroup> groups = new ArrayList<>();
    private CheckoutTotals totals;
    private List<PaymentChoice> paymentChoices;
    private Map<Long, LegalLinks> legal;
    private final Map<String, String> errors = new HashMap<>();

    /** The cart, null when the visitor has none. */
    public CartSummary getCart() {
        if (!loaded) {
            loaded = true;
            prefill();
            try {
                show(browserCart.id().map(id -> carts.summaryFor(id, null)).orElse(null));
            } catch (NotFoundException gone) {
                show(null);
            }
        }
        return cart;
    }

    public List<MerchantGroup> getGroups() {
        getCart();
        return groups;
    }

    public boolean isCartEmpty() {
        return getCart() == null || groups.isEmpty() || totals().parts().isEmpty();
    }

    /** Whether a merchant's part holds goods for 16 or 18: then the customer confirms the age. */
    public boolean isAgeLimited() {
        return getGroups().stream().anyMatch(MerchantGroup::ageLimited);
    }

    /** The merchant's part with the chosen delivery's cost and its totals; null when nothing of it can be bought. */
    public CheckoutTotals.Part part(long businessId) {
        return totals().parts().stream()
                .filter(p -> p.group().businessId() == businessId)
                .findFirst()
                .orElse(null);
    }

    /** The whole order: the gross to pay and the VAT contained per rate across the merchants. */
    public OrderTotals getTotals() {
        return totals().totals();
    }

    /** Whether the option is the merchant's chosen one. */
    public boolean chosen(long businessId, String method) {
        return method.equals(form.method(businessId));
    }

    /** Whether the slot is the merchant's chosen pick-up time. */
    public boolean chosenSlot(long businessId, String slot) {
        return slot.equals(form.slot(businessId));
    }

    /** Every method, in the methods' order: offered now for the chosen deliveries, or once everything is picked up. */
    public List<PaymentChoice> getPaymentChoices() {
        if (paymentChoices == null) {
            paymentChoices = new ArrayList<>();
            PaymentOrder now = totals().probe(form.getEmail(), texts.locale());
            if (now == null) {
                return paymentChoices;
            }
            Map<String, Payments.Choice> allPickedUp = new HashMap<>();
            PaymentOrder pickedUp = allPickedUp();
            if (pickedUp != null) {
                payments.choices(pickedUp).forEach(c -> allPickedUp.put(c.id(), c));
            }
            for (Payments.Choice choice : payments.choices(now)) {
                Payments.Choice other = allPickedUp.get(choice.id());
                if (choice.offer().offered() || other != null && other.offer().offered()) {
                    paymentChoices.add(new PaymentChoice(
                            choice.id(),
                            choice.label().in(texts.locale()),
                            choice.offer().offered(),
                            choice.offer().reason()));
                }
            }
            if (form.getPaymentMethod() == null
                    && !FacesContext.getCurrentInstance().isPostback()) {
                paymentChoices.stream()
                        .filter(PaymentChoice::offeredNow)
                        .findFirst()
                        .ifPresent(choice -> form.setPaymentMethod(choice.id()));
            }
        }
        return paymentChoices;
    }

    /** The links to the merchant's terms, withdrawal policy and imprint on its directory profile. */
    public LegalLinks legal(long businessId) {
        if (legal == null) {
            legal = new HashMap<>();
            List<Long> ids = getGroups().stream().map(MerchantGroup::businessId).toList();
            for (BusinessInfo info : directory.findAll(ids)) {
                String profile = request.getContextPath() + info.path();
                BusinessDirectory.LegalTexts given = info.legal();
                legal.put(
                        info.id(),
                        new LegalLinks(
                                given == null || blank(given.terms()) ? null : profile + "#terms",
                                given == null || blank(given.withdrawalPolicy()) ? null : profile + "#withdrawal",
                                profile + "#imprint"));
            }
        }
        return legal.get(businessId);
    }

    /** The refusal of the payment method or of the deliveries as a whole, null when there is none. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The refusal of a merchant's {@code method} or pick-up {@code slot}, null when there is none. */
    public String merchantError(long businessId, String choice) {
        return errors.get("merchant-" + businessId + "-" + choice);
    }

    /** The highest age limit of the goods (16 or 18), 0 without age-limited goods. */
    public int getAgeLimit() {
        return getGroups().stream()
                .mapToInt(MerchantGroup::highestAgeLimit)
                .max()
                .orElse(0);
    }

    /** Places the order; on a refusal the page shows again with every problem beside its field. */
    public void place() {
        getCart();
        if (cart == null) {
            texts.info("shop.checkout.page.empty");
            return;
        }
        readChoices();
        String code =
                form.quotedPostalCode() == null ? null : form.quotedPostalCode().strip();
        try {
            show(carts.summaryFor(
                    cart.id(), code != null && POSTAL_CODE.matcher(code).matches() ? code : null));
        } catch (NotFoundException gone) {
            show(null);
            return;
        }
        if (changed(cart)) {
            return;
        }
        List<Long> ids = groups.stream().map(MerchantGroup::businessId).toList();
        try {
            Checkout.Placed placed = checkout.place(cart.id(), form.getKey(), form.request(ids));
            redirect(target(placed.order()));
        } catch (InvalidInputException wrong) {
            show(wrong.errors().isEmpty() ? List.of(new FieldError("-", wrong.getMessage())) : wrong.errors(), ids);
        } catch (DomainException refused) {
            // sold out, a changed line, an empty cart, the key used for other data: the sentence names what
            global(refused.getMessage());
        }
    }

    /**
     * A line whose price, deposit, availability or stock changed since the customer saw it (sold out meanwhile …) is
     * named at the top, and nothing is placed: checkout would refuse it (409), and the cart page is where to settle it.
     */
    private boolean changed(CartSummary now) {
        boolean changed = false;
        for (MerchantGroup group : now.groups()) {
            for (CartSummary.Line line : group.lines()) {
                for (CartSummary.Notice notice : line.notices()) {
                    String title =
                            line.variantLabel() == null || line.variantLabel().isEmpty()
                                    ? line.title()
                                    : line.title() + ", " + line.variantLabel();
                    global(texts.text("shop.checkout.page.line-changed", title, notice.text()));
                    changed = true;
                }
            }
        }
        return changed;
    }

    private void show(List<FieldError> refusals, List<Long> ids) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : refusals) {
            String field = CheckoutFields.field(error.path(), ids);
            if (field == null) {
                global(error.message());
            } else {
                byField.merge(field, unchosen(field, error.message()), (a, b) -> a.equals(b) ? a : a + " " + b);
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        byField.forEach((field, message) -> {
            if (PLAIN_FIELDS.contains(field) || field.startsWith("merchant-")) {
                errors.put(field, message);
                faces.validationFailed();
                return;
            }
            String clientId = FORM + ":" + field;
            UIComponent component = faces.getViewRoot().findComponent(clientId);
            if (component instanceof UIInput input) {
                // an invalid input renders what was sent, not the model: send back what the model holds, as typed
                Object typed = input.getValue();
                input.setSubmittedValue(typed == null ? "" : typed.toString());
                input.setValid(false); // aria-invalid and the error style on the field itself
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            faces.validationFailed();
        });
    }

    /** A merchant without any delivery chosen is asked to choose one, rather than told that "nothing" is not offered. */
    private String unchosen(String field, String message) {
        for (MerchantGroup group : groups) {
            if (field.equals("merchant-" + group.businessId() + "-method") && form.method(group.businessId()) == null) {
                return texts.text("shop.checkout.error.delivery-missing", group.name());
            }
        }
        return message;
    }

    private static void global(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    /** The chosen deliveries and payment method of the plain inputs (the merchants' radio buttons and selects). */
    private void readChoices() {
        for (MerchantGroup group : groups) {
            form.method(group.businessId(), request.getParameter("method-" + group.businessId()));
            form.slot(group.businessId(), request.getParameter("slot-" + group.businessId()));
        }
        form.setPaymentMethod(request.getParameter("paymentMethod"));
        totals = null;
        paymentChoices = null;
    }

    private String target(OrderView.Customer order) {
        OrderView.NextAction next =
                order.payment() == null ? null : order.payment().nextAction();
        if (next != null && "REDIRECT".equals(next.type()) && next.url() != null) {
            return next.url();
        }
        return request.getContextPath() + "/bestellung/" + order.accessToken();
    }

    /** A JSF redirect: the browser fetches the next page with GET, so a reload there sends nothing again. */
    private static void redirect(String location) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(CartSummary now) {
        cart = now;
        groups.clear();
        totals = null;
        paymentChoices = null;
        if (now == null) {
            return;
        }
        groups.addAll(now.groups());
        if (!FacesContext.getCurrentInstance().isPostback()) {
            defaults(now);
        }
    }

    /** On the first showing: the cart's postal code, each merchant's first available delivery and its first slot. */
    private void defaults(CartSummary now) {
        if (form.getBilling().getPostalCode() == null) {
            form.getBilling().setPostalCode(now.postalCode());
        }
        for (MerchantGroup group : now.groups()) {
            if (form.method(group.businessId()) != null) {
                continue;
            }
            group.deliveryOptions().stream()
                    .filter(CartSummary.Delivery::available)
                    .findFirst()
                    .ifPresent(option -> {
                        form.method(group.businessId(), option.method().name());
                        if (option.method() == DeliveryMethod.PICKUP
                                && !option.slots().isEmpty()) {
                            form.slot(group.businessId(), option.slots().get(0));
                        }
                    });
        }
    }

    /** A logged-in customer's e-mail and name, before anything is typed. */
    private void prefill() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        caller.accountId().flatMap(accounts::contact).ifPresent(contact -> {
            form.setEmail(contact.email());
            form.getBilling().setName(contact.displayName());
        });
    }

    private CheckoutTotals totals() {
        if (totals == null) {
            Map<Long, DeliveryMethod> chosen = new HashMap<>();
            for (MerchantGroup group : getGroups()) {
                String method = form.method(group.businessId());
                for (DeliveryMethod m : DeliveryMethod.values()) {
                    if (m.name().equals(method)) {
                        chosen.put(group.businessId(), m);
                    }
                }
            }
            totals = cart == null ? CheckoutTotals.of(emptyCart(), chosen) : CheckoutTotals.of(cart, chosen);
        }
        return totals;
    }

    /** The order with everything picked up, when every merchant offers pick-up now; else null. */
    private PaymentOrder allPickedUp() {
        Map<Long, DeliveryMethod> pickup = new HashMap<>();
        for (MerchantGroup group : groups) {
            boolean offered = group.deliveryOptions().stream()
                    .anyMatch(o -> o.method() == DeliveryMethod.PICKUP && o.available());
            if (!offered) {
                return null;
            }
            pickup.put(group.businessId(), DeliveryMethod.PICKUP);
        }
        return CheckoutTotals.of(cart, pickup).probe(form.getEmail(), texts.locale());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static CartSummary emptyCart() {
        org.impuls.core.api.money.Money zero = org.impuls.core.api.money.Money.euros(0);
        return new CartSummary("", 0, null, List.of(), new CartSummary.Totals(zero, zero, zero, List.of(), zero));
    }
}

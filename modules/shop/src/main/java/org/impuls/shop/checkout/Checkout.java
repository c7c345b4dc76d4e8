package org.impuls.shop.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PortalLinks;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.InvalidInputException.FieldError;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.error.UnprocessableInputException;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.OrderPlaced;
import org.impuls.shop.api.StockLedger;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.SellerPart;
import org.impuls.shop.cart.CartSummary;
import org.impuls.shop.cart.CartSummary.MerchantGroup;
import org.impuls.shop.cart.Carts;
import org.impuls.shop.commission.CommissionRate;
import org.impuls.shop.commission.Commissions;
import org.impuls.shop.delivery.DeliveryMethod;
import org.impuls.shop.order.CustomerOrder;
import org.impuls.shop.order.LineSnapshot;
import org.impuls.shop.order.OrderNumbers;
import org.impuls.shop.order.OrderView;
import org.impuls.shop.order.Orders;
import org.impuls.shop.order.SellerTotals;
import org.impuls.shop.payment.BankTransfer;
import org.impuls.shop.payment.PayAtPickup;
import org.impuls.shop.payment.Payments;

/**
 * Places a cart's order: checks the body and the cart, then in one transaction locks the cart, reserves the stock of
 * every line (ascending variant id), writes the customer order and one seller order per merchant, starts the payment,
 * empties the cart and fires {@link OrderPlaced}. A refusal anywhere rolls all of it back. The same Idempotency-Key for
 * the same cart answers the order placed with it (another body: 422). See {@code src/docs/orders.md}.
 */
@ApplicationScoped
public class Checkout {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Carts carts;

    @Inject
    Orders orders;

    @Inject
    OrderNumbers numbers;

    @Inject
    StockLedger stock;

    @Inject
    Payments payments;

    @Inject
    Commissions commissions;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @Inject
    FormFeedback texts;

    @Inject
    PortalLinks links;

    @Inject
    Event<OrderPlaced> placed;

    @Inject
    @ConfigProperty(name = "impuls.shop.payment.timeout-minutes", defaultValue = "30")
    long onlineMinutes;

    @Inject
    @ConfigProperty(name = "impuls.shop.bank-transfer.days", defaultValue = "7")
    double bankTransferDays;

    @Inject
    @ConfigProperty(name = "impuls.shop.pay-at-pickup.grace-hours", defaultValue = "12")
    double pickupGraceHours;

    /** The order and whether this request placed it (false: the same key answered it again). */
    public record Placed(boolean created, OrderView.Customer order) {}

    /** One merchant's part as chosen. */
    private record Part(MerchantGroup group, DeliveryMethod method, Money cost, Instant pickupAt) {}

    @Transactional
    public Placed place(String cartId, String idempotencyKey, CheckoutRequest body) {
        String key = checkedKey(idempotencyKey);
        CheckoutRequest request = body == null ? new CheckoutRequest() : body;
        String fingerprint = request.fingerprint();
        Optional<CustomerOrder> earlier = orders.byIdempotencyKey(cartId, key);
        if (earlier.isPresent()) {
            return again(earlier.get(), fingerprint);
        }
        List<FieldError> errors = new ArrayList<>(new CheckoutRules(texts::text).check(request));
        CartSummary cart = carts.lockForCheckout(cartId, CheckoutRules.deliveryPostalCode(request));
        // a parallel request with the same key waited for the cart's lock: it answers the order placed meanwhile
        earlier = orders.byIdempotencyKey(cartId, key);
        if (earlier.isPresent()) {
            return again(earlier.get(), fingerprint);
        }
        if (cart.groups().isEmpty()) {
            throw new ConflictException(texts.text("shop.checkout.error.empty-cart"));
        }
        List<Part> parts = parts(request, cart, errors);
        if (cart.groups().stream().anyMatch(MerchantGroup::ageLimited) && !Boolean.TRUE.equals(request.confirmAge)) {
            errors.add(new FieldError("confirmAge", texts.text("shop.checkout.error.age")));
        }
        Locale locale = language.locale();
        Map<Long, String> skus = skus(cart);
        List<LineSnapshotGroup> snapshots = parts == null ? List.of() : snapshots(parts, skus);
        boolean allBuyable =
                cart.groups().stream().allMatch(g -> g.lines().stream().allMatch(CartSummary.Line::buyable));
        if (parts != null && allBuyable && request.paymentMethod != null) {
            PaymentOrder probe = paymentOrder("0000-000000", snapshots, request.email, locale, null);
            payments.choices(probe).stream()
                    .filter(choice -> choice.id().equals(request.paymentMethod))
                    .findFirst()
                    .ifPresentOrElse(
                            choice -> {
                                if (!choice.offer().offered()) {
                                    errors.add(new FieldError(
                                            "paymentMethod", choice.offer().reason()));
                                }
                            },
                            () -> errors.add(new FieldError(
                                    "paymentMethod",
                                    texts.text("shop.checkout.error.payment-method", request.paymentMethod))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.get(0).path() + ": " + errors.get(0).message(), errors);
        }
        refuseNotices(cart);

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it, so replays match
        String number = numbers.next(now);
        Instant due = paymentDue(request.paymentMethod, parts, now);
        Map<Long, Long> reservations = reserve(cart, "order:" + number, due, locale);
        List<Orders.SellerDraft> drafts = new ArrayList<>();
        for (LineSnapshotGroup part : snapshots) {
            MerchantGroup group = part.part().group();
            drafts.add(new Orders.SellerDraft(
                    group.businessId(),
                    group.name(),
                    group.vatTreatment(),
                    part.part().method(),
                    part.part().pickupAt(),
                    part.lines(),
                    part.lines().stream()
                            .map(l -> reservations.get(l.variantId()))
                            .toList(),
                    SellerTotals.of(
                            group.vatTreatment(),
                            part.lines(),
                            part.part().cost(),
                            commissions.rateFor(group.businessId())),
                    group.ageLimited()));
        }
        Money total =
                drafts.stream().map(d -> d.totals().total()).reduce(Money::plus).orElseThrow();
        String token = OrderNumbers.accessToken();
        CustomerOrder order = orders.write(
                new CustomerOrder.Placement(
                        number,
                        token,
                        cartId,
                        key,
                        fingerprint,
                        caller.accountId().orElse(null),
                        request.email.strip(),
                        request.phone.strip(),
                        CheckoutRules.address(request.billingAddress, true),
                        request.deliveryAddress == null ? null : CheckoutRules.address(request.deliveryAddress, false),
                        locale.getLanguage(),
                        total,
                        request.paymentMethod,
                        due,
                        now),
                drafts);
        payments.start(
                request.paymentMethod,
                paymentOrder(
                        number,
                        snapshots,
                        order.getEmail(),
                        locale,
                        URI.create(links.absolute("/bestellung/" + token))));
        carts.emptyAfterCheckout(cartId);
        placed.fire(new OrderPlaced(
                number, drafts.stream().map(Orders.SellerDraft::businessId).toList()));
        return new Placed(true, orders.view(order, true));
    }

    private Placed again(CustomerOrder order, String fingerprint) {
        // a blocked order (its account deleted) is not answered again either
        if (order.isBlocked()
                || order.getAccountId() != null
                        && !caller.accountId().map(order.getAccountId()::equals).orElse(false)) {
            throw new NotFoundException("There is no cart " + order.getCartId() + ".");
        }
        if (!order.getRequestHash().equals(fingerprint)) {
            throw new UnprocessableInputException("Idempotency-Key", texts.text("shop.checkout.error.key-reused"));
        }
        return new Placed(false, orders.view(order, true));
    }

    private String checkedKey(String key) {
        if (key == null || key.isBlank() || key.strip().length() > CheckoutRules.MAX_KEY) {
            throw new InvalidInputException("Idempotency-Key", texts.text("shop.checkout.error.key"));
        }
        return key.strip();
    }

    /** The chosen delivery of every merchant, or null when one is missing or wrong (then {@code errors} says why). */
    private List<Part> parts(CheckoutRequest request, CartSummary cart, List<FieldError> errors) {
        if (request.deliveries == null) {
            return null;
        }
        int before = errors.size();
        Map<Long, Part> chosen = new HashMap<>();
        Set<Long> inCart = new HashSet<>();
        cart.groups().forEach(g -> inCart.add(g.businessId()));
        for (int i = 0; i < request.deliveries.size(); i++) {
            String path = "deliveries[" + i + "]";
            CheckoutRequest.DeliveryChoice choice = request.deliveries.get(i);
            if (choice == null || choice.businessId == null || !inCart.contains(choice.businessId)) {
                errors.add(new FieldError(path + ".businessId", texts.text("shop.checkout.error.business")));
                continue;
            }
            if (chosen.containsKey(choice.businessId)) {
                errors.add(new FieldError(path + ".businessId", texts.text("shop.checkout.error.business-twice")));
                continue;
            }
            MerchantGroup group = cart.groups().stream()
                    .filter(g -> g.businessId() == choice.businessId)
                    .findFirst()
                    .orElseThrow();
            Part part = part(path, choice, group, errors);
            if (part != null) {
                chosen.put(choice.businessId, part);
            }
        }
        for (MerchantGroup group : cart.groups()) {
            if (!chosen.containsKey(group.businessId())
                    && request.deliveries.stream()
                            .noneMatch(c -> c != null
                                    && Long.valueOf(group.businessId()).equals(c.businessId))) {
                errors.add(
                        new FieldError("deliveries", texts.text("shop.checkout.error.delivery-missing", group.name())));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return cart.groups().stream().map(g -> chosen.get(g.businessId())).toList();
    }

    private Part part(
            String path, CheckoutRequest.DeliveryChoice choice, MerchantGroup group, List<FieldError> errors) {
        DeliveryMethod method;
        try {
            method = DeliveryMethod.valueOf(choice.method == null ? "" : choice.method.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(path + ".method", texts.text("shop.checkout.error.method")));
            return null;
        }
        Optional<CartSummary.Delivery> option = group.deliveryOptions().stream()
                .filter(o -> o.method() == method)
                .findFirst();
        if (option.isEmpty() || !option.get().available()) {
            errors.add(new FieldError(
                    path + ".method",
                    option.map(CartSummary.Delivery::reason)
                            .filter(reason -> reason != null)
                            .orElseGet(() -> texts.text("shop.checkout.error.method"))));
            return null;
        }
        Instant pickupAt = null;
        if (method == DeliveryMethod.PICKUP) {
            pickupAt = slot(choice.pickupAt, option.get().slots());
            if (pickupAt == null) {
                errors.add(new FieldError(path + ".pickupAt", texts.text("shop.checkout.error.slot")));
                return null;
            }
        } else if (choice.pickupAt != null) {
            errors.add(new FieldError(path + ".pickupAt", texts.text("shop.checkout.error.slot-only-pickup")));
            return null;
        }
        return new Part(group, method, option.get().cost(), pickupAt);
    }

    /** The chosen time if it is one of the offered slots (compared as instants), else null. */
    private static Instant slot(String chosen, List<String> slots) {
        if (chosen == null) {
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(chosen.strip()).toInstant();
            return slots.stream().map(s -> OffsetDateTime.parse(s).toInstant()).anyMatch(at::equals) ? at : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A line whose price, deposit, availability or stock changed since the customer saw it is refused, naming it. */
    private void refuseNotices(CartSummary cart) {
        for (MerchantGroup group : cart.groups()) {
            for (CartSummary.Line line : group.lines()) {
                if (!line.notices().isEmpty()) {
                    throw new ConflictException(texts.text(
                            "shop.checkout.error.notice",
                            title(line),
                            line.lineId(),
                            line.variantId(),
                            line.notices().get(0).text()));
                }
            }
        }
    }

    private record LineSnapshotGroup(Part part, List<LineSnapshot> lines) {}

    private static List<LineSnapshotGroup> snapshots(List<Part> parts, Map<Long, String> skus) {
        return parts.stream()
                .map(part -> new LineSnapshotGroup(
                        part,
                        part.group().lines().stream()
                                .filter(CartSummary.Line::buyable)
                                .map(l -> new LineSnapshot(
                                        l.variantId(),
                                        l.productId(),
                                        l.title(),
                                        l.variantLabel(),
                                        skus.get(l.variantId()),
                                        l.unitPrice(),
                                        l.quantity(),
                                        l.depositPerUnit(),
                                        l.vatRatePercent(),
                                        l.ageLimit()))
                                .toList()))
                .toList();
    }

    private Map<Long, String> skus(CartSummary cart) {
        List<Long> ids = cart.groups().stream()
                .flatMap(g -> g.lines().stream())
                .map(CartSummary.Line::variantId)
                .toList();
        Map<Long, String> skus = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select v.id, v.sku from Variant v where v.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> skus.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return skus;
    }

    /**
     * Holds every line's units until the payment is due, in ascending variant id (so that concurrent checkouts of the
     * same variants never deadlock); a shortage refuses the whole order naming the product (409).
     */
    private Map<Long, Long> reserve(CartSummary cart, String reference, Instant until, Locale locale) {
        List<CartSummary.Line> lines = cart.groups().stream()
                .flatMap(g -> g.lines().stream())
                .sorted(Comparator.comparingLong(CartSummary.Line::variantId))
                .toList();
        Map<Long, Long> held = new HashMap<>();
        for (CartSummary.Line line : lines) {
            try {
                held.put(line.variantId(), stock.reserve(line.variantId(), line.quantity(), reference, until));
            } catch (ConflictException | NotFoundException e) {
                throw new ConflictException(
                        texts.text("shop.checkout.error.sold-out", title(line), line.variantId(), detail(e)));
            }
        }
        return held;
    }

    private static String detail(DomainException e) {
        return e.getMessage() == null ? "" : e.getMessage();
    }

    private static String title(CartSummary.Line line) {
        return line.variantLabel() == null || line.variantLabel().isEmpty()
                ? line.title()
                : line.title() + " " + line.variantLabel();
    }

    /**
     * When an unpaid order is cancelled and its stock released: bank transfer after its days, pay at pick-up at the
     * end of the last pick-up day plus a grace, any other (online) method after its minutes.
     */
    Instant paymentDue(String method, List<Part> parts, Instant now) {
        if (BankTransfer.ID.equals(method)) {
            return now.plus(Duration.ofMillis(
                    Math.round(bankTransferDays * Duration.ofDays(1).toMillis())));
        }
        if (PayAtPickup.ID.equals(method)) {
            Instant last = parts.stream()
                    .map(Part::pickupAt)
                    .filter(at -> at != null)
                    .max(Comparator.naturalOrder())
                    .orElse(now);
            Instant endOfDay = last.atZone(BERLIN)
                    .toLocalDate()
                    .plusDays(1)
                    .atStartOfDay(BERLIN)
                    .toInstant();
            return endOfDay.plus(Duration.ofMillis(
                    Math.round(pickupGraceHours * Duration.ofHours(1).toMillis())));
        }
        return now.plus(Duration.ofMinutes(onlineMinutes));
    }

    private static PaymentOrder paymentOrder(
            String number, List<LineSnapshotGroup> parts, String email, Locale locale, URI returnTo) {
        List<SellerPart> sellerParts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            LineSnapshotGroup part = parts.get(i);
            Money amount = SellerTotals.of(
                            part.part().group().vatTreatment(),
                            part.lines(),
                            part.part().cost(),
                            new CommissionRate(BigDecimal.ZERO))
                    .total();
            sellerParts.add(new SellerPart(
                    part.part().group().businessId(),
                    OrderNumbers.sellerOrder(number, i + 1),
                    amount,
                    SellerPart.Delivery.valueOf(part.part().method().name())));
        }
        Money total =
                sellerParts.stream().map(SellerPart::amount).reduce(Money::plus).orElseThrow();
        return new PaymentOrder(number, total, sellerParts, email, locale, returnTo);
    }
}

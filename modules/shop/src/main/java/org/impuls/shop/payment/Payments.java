package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.Caller;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.language.LocalizedText;
import org.impuls.core.api.lifecycle.Lifecycle;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.Transitions;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.PaymentFailed;
import org.impuls.shop.api.PaymentSucceeded;
import org.impuls.shop.api.payment.CallbackReport;
import org.impuls.shop.api.payment.Offer;
import org.impuls.shop.api.payment.Outcome;
import org.impuls.shop.api.payment.PaymentMethod;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.PaymentState;
import org.impuls.shop.api.payment.RawCallback;
import org.impuls.shop.api.payment.RefundOrder;
import org.impuls.shop.api.payment.RefundResult;
import org.impuls.shop.api.payment.Started;

/**
 * What checkout and order processing call to have an order paid: the methods on offer, starting a payment, a
 * provider's callbacks (applied once per key), merchants' confirmations, refunds and the state. The shop keeps the
 * state; methods report, and each change is a transition of {@link PaymentLifecycle}, recorded with actor and note.
 */
@ApplicationScoped
public class Payments {

    private static final System.Logger LOG = System.getLogger(Payments.class.getName());

    /** The actor of changes no person made (a provider's callback, checkout's timeout). */
    static final String SHOP = "shop";

    @Inject
    PaymentMethods methods;

    @Inject
    PaymentRecords records;

    @Inject
    Transitions transitions;

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    Event<PaymentSucceeded> succeeded;

    @Inject
    Event<PaymentFailed> failed;

    /** A method and its answer for an order. */
    public record Choice(String id, LocalizedText label, Offer offer) {}

    /** Every method with its offer for the order, in the methods' stable order; a method that throws refuses. */
    @Transactional
    public List<Choice> choices(PaymentOrder order) {
        return methods.all().stream()
                .map(method -> new Choice(method.id(), method.label(), offerOf(method, order)))
                .toList();
    }

    /** The ids of the methods that offer themselves for the order. */
    @Transactional
    public List<String> offered(PaymentOrder order) {
        return choices(order).stream()
                .filter(choice -> choice.offer().offered())
                .map(Choice::id)
                .toList();
    }

    private static Offer offerOf(PaymentMethod method, PaymentOrder order) {
        try {
            return method.offer(order);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "payment method " + method.id() + " failed to offer itself", e);
            return Offer.refused(LocalizedText.of(
                            "Diese Zahlungsart ist gerade nicht verfügbar.",
                            "This payment method is not available now.")
                    .in(order.language()));
        }
    }

    /**
     * Starts paying the order with the method, in the caller's (checkout's) transaction, and records it PENDING.
     * Again for an order whose payment by the same method is under way: that payment (a retried checkout); by another
     * method: 409, unless the earlier one failed.
     */
    @Transactional
    public PaymentView start(String methodId, PaymentOrder order) {
        PaymentMethod method = methods.find(methodId)
                .orElseThrow(() -> new InvalidInputException(
                        "paymentMethod",
                        methods.switchedOff(methodId)
                                ? PaymentMethods.switchedOffMessage(methodId)
                                : "there is no payment method '" + methodId + "'"));
        Optional<Payment> live = records.lockLive(order.number());
        if (live.isPresent()) {
            if (live.get().getMethodId().equals(methodId)) {
                return view(live.get());
            }
            throw new ConflictException("Order " + order.number() + " is already being paid by "
                    + live.get().getMethodId() + ".");
        }
        Offer offer = method.offer(order);
        if (!offer.offered()) {
            throw new InvalidInputException("paymentMethod", offer.reason());
        }
        Payment payment = new Payment(methodId, order, clock.instant());
        records.add(payment);
        Started started = method.start(order);
        payment.started(started.reference(), started.nextAction());
        return view(payment);
    }

    /**
     * A provider's callback: the method verifies the raw bytes first (refused: 400 without detail), then reads them;
     * the report's key is remembered in the same transaction as its change, so that the same key applies once, on any
     * node. An unknown payment answers 404, so that the provider delivers it again (its start may not be committed
     * yet); an outcome the lifecycle does not allow answers 409 and is not remembered.
     *
     * @return false when the key was delivered before (nothing changed)
     */
    @Transactional
    public boolean callback(String methodId, RawCallback callback) {
        PaymentMethod method = methods.active(methodId); // a switched-off plugin's: 409, delivered again later
        if (!verified(method, callback)) {
            throw new CallbackRefused();
        }
        CallbackReport report = method.read(callback);
        Payment payment = records.lockByReference(methodId, report.reference())
                .orElseThrow(() -> new NotFoundException("There is no payment " + report.reference() + "."));
        if (!records.rememberCallback(
                methodId, report.idempotencyKey(), payment.getId(), report.outcome(), clock.instant())) {
            return false;
        }
        if (report.outcome() != null) {
            apply(payment, report.outcome(), Step.by("method:" + methodId).note(report.note()));
        }
        return true;
    }

    private static boolean verified(PaymentMethod method, RawCallback callback) {
        try {
            return method.verify(callback);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "payment method " + method.id() + " failed to verify a callback", e);
            return false;
        }
    }

    /** Asks the order's method what it knows now and applies it (for a page that waits, or a scheduled check). */
    @Transactional
    public PaymentView refresh(String customerOrderNumber) {
        Payment payment = live(customerOrderNumber);
        methods.get(payment.getMethodId())
                .report(payment.getReference())
                .filter(outcome -> outcome.state() != payment.status())
                .ifPresent(outcome -> apply(payment, outcome, Step.by("method:" + payment.getMethodId())));
        return view(payment);
    }

    /**
     * A merchant received its part of an offline payment (cash at the handover, the bank transfer): by staff of that
     * business (or an operator) only. The payment is PAID once every merchant of the order has received its part.
     * Marking again changes nothing.
     */
    @Transactional
    public PaymentView markPaid(String customerOrderNumber, long businessId) {
        if (!caller.isOperator() && !caller.worksFor(businessId)) {
            throw new ForbiddenException("you are not staff of business " + businessId);
        }
        Payment payment = records.lockLive(customerOrderNumber)
                .filter(found -> found.parts().stream().anyMatch(part -> part.getBusinessId() == businessId))
                .orElseThrow(() -> new NotFoundException(
                        "Business " + businessId + " has no part in order " + customerOrderNumber + "."));
        if (!(methods.get(payment.getMethodId()) instanceof CollectedByMerchants)) {
            throw new ConflictException("Order " + customerOrderNumber + " is paid through " + payment.getMethodId()
                    + "; its provider reports the payment.");
        }
        if (!PaymentLifecycle.open(payment.status())) {
            if (payment.status() == PaymentState.FAILED) {
                throw new ConflictException("The payment of order " + customerOrderNumber + " failed.");
            }
            return view(payment);
        }
        String actor = callerName();
        payment.parts().stream()
                .filter(part -> part.getBusinessId() == businessId && !part.isReceived())
                .forEach(part -> part.received(clock.instant(), actor));
        payment.touched(clock.instant());
        if (payment.parts().stream().allMatch(PaymentPart::isReceived)) {
            apply(payment, Outcome.PAID, Step.by(actor).note("received by every merchant of the order"));
        }
        return view(payment);
    }

    /**
     * The order was cancelled (by the customer, or checkout's timeout) before it was paid: the payment FAILED, the
     * method is told. Called by checkout and order processing; a paid payment is refunded instead (409).
     */
    @Transactional
    public PaymentView cancel(String customerOrderNumber, String reason) {
        Payment payment = live(customerOrderNumber);
        if (!PaymentLifecycle.open(payment.status())) {
            throw new ConflictException(
                    "The payment of order " + customerOrderNumber + " is " + payment.status() + "; refund it instead.");
        }
        methods.get(payment.getMethodId()).cancel(payment.getReference());
        apply(payment, Outcome.FAILED, Step.by(SHOP).note(reason));
        return view(payment);
    }

    /**
     * Pays back (part of) a seller order: by staff of its business or an operator; at most what that part paid less
     * earlier refunds (400 naming {@code amount}); once per idempotency key (the same key again answers the payment as
     * it is; a key used for another refund is 409).
     */
    @Transactional
    public PaymentView refund(String sellerOrderNumber, Money amount, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new InvalidInputException("idempotencyKey", "give an idempotency key of 1 to 200 characters");
        }
        Payment payment = records.lockBySellerOrder(sellerOrderNumber)
                .orElseThrow(
                        () -> new NotFoundException("There is no payment of seller order " + sellerOrderNumber + "."));
        PaymentPart part = payment.part(sellerOrderNumber).orElseThrow();
        if (!caller.isOperator() && !caller.worksFor(part.getBusinessId())) {
            throw new ForbiddenException("you are not staff of business " + part.getBusinessId());
        }
        Optional<PaymentRefund> earlier = records.refundByKey(idempotencyKey);
        if (earlier.isPresent()) {
            if (earlier.get().getPaymentId() != payment.getId()
                    || !earlier.get().getSellerOrderNumber().equals(sellerOrderNumber)
                    || earlier.get().getAmountCents() != amount.cents()) {
                throw new ConflictException("The idempotency key " + idempotencyKey + " was used for another refund.");
            }
            return view(payment);
        }
        if (!PaymentLifecycle.paid(payment.status())) {
            throw new ConflictException("The payment of seller order " + sellerOrderNumber + " is " + payment.status()
                    + "; only paid payments are refunded.");
        }
        List<PaymentRefund> refunds = records.refunds(payment.getId());
        long refundable =
                RefundBounds.refundable(part.getAmountCents(), PaymentView.refundedOf(refunds, sellerOrderNumber));
        RefundBounds.check(amount, refundable, payment.amount().currency());
        RefundResult result = methods.get(payment.getMethodId())
                .refund(new RefundOrder(
                        payment.getCustomerOrderNumber(),
                        sellerOrderNumber,
                        payment.getReference(),
                        amount,
                        idempotencyKey));
        if (!result.accepted()) {
            throw new ConflictException("The refund was refused: " + result.reason());
        }
        String actor = callerName();
        records.add(new PaymentRefund(
                payment.getId(),
                sellerOrderNumber,
                amount.cents(),
                idempotencyKey,
                result.reference(),
                actor,
                clock.instant()));
        long refundedNow =
                refunds.stream().mapToLong(PaymentRefund::getAmountCents).sum() + amount.cents();
        PaymentState to =
                refundedNow >= payment.amount().cents() ? PaymentState.REFUNDED : PaymentState.PARTLY_REFUNDED;
        if (to != payment.status()) {
            perform(payment, PaymentLifecycle.REFUNDS, to, Step.by(actor).note("refund of " + sellerOrderNumber));
        }
        payment.touched(clock.instant());
        return view(payment);
    }

    /** The order's payment: the live one, else the newest failed one. Read in a transaction (see VariantStocks). */
    @Transactional
    public Optional<PaymentView> of(String customerOrderNumber) {
        return records.latest(customerOrderNumber).map(this::view);
    }

    private Payment live(String customerOrderNumber) {
        return records.lockLive(customerOrderNumber)
                .orElseThrow(() -> new NotFoundException("Order " + customerOrderNumber + " has no payment."));
    }

    /** A reported outcome through the lifecycle: the same state again changes nothing; what it forbids is refused. */
    private void apply(Payment payment, Outcome outcome, Step step) {
        PaymentState to = outcome.state();
        if (to == payment.status()) {
            return;
        }
        perform(payment, PaymentLifecycle.OUTCOMES, to, step);
        if (to == PaymentState.PAID) {
            succeeded.fire(
                    new PaymentSucceeded(payment.getCustomerOrderNumber(), payment.getMethodId(), payment.amount()));
        } else if (to == PaymentState.FAILED) {
            failed.fire(new PaymentFailed(payment.getCustomerOrderNumber(), payment.getMethodId(), step.note()));
        }
    }

    private void perform(Payment payment, Lifecycle<PaymentState> steps, PaymentState to, Step step) {
        transitions.perform(payment, steps, to, step);
        payment.touched(clock.instant());
    }

    private PaymentView view(Payment payment) {
        return PaymentView.of(payment, payment.getId() == null ? List.of() : records.refunds(payment.getId()));
    }

    /** The acting person's address, for the history. */
    String callerName() {
        return caller.accountId()
                .flatMap(id -> staff.contact(id))
                .map(StaffDirectory.Contact::email)
                .orElse(SHOP);
    }
}

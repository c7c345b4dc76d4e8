package org.impuls.shop.payment;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.impuls.core.api.Caller;
import org.impuls.core.api.lifecycle.Lifecycle;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.Transitions;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.PaymentFailed;
import org.impuls.shop.api.PaymentSucceeded;
import org.impuls.shop.api.payment.Outcome;
import org.impuls.shop.api.payment.PaymentMethod;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.SellerPart;

/** {@link Payments} without a server: payments kept in lists, the core's transition ritual in miniature. */
final class PaymentFixture {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final Records records = new Records();
    final List<StatusChanged> history = new ArrayList<>();
    final List<Object> fired = new ArrayList<>();
    final TestCaller caller = new TestCaller();
    final Payments payments = new Payments();

    /** Packages of plugins switched off: their classes take part no more, as the core's registry decides by package. */
    final Set<String> switchedOff = new HashSet<>();

    PaymentFixture(PaymentMethod... given) {
        payments.methods = new PaymentMethods() {
            @Override
            Iterable<PaymentMethod> known() {
                return List.of(given);
            }
        };
        payments.methods.plugins = contribution -> switchedOff.stream()
                .noneMatch(off -> contribution.getClass().getPackageName().startsWith(off));
        payments.records = records;
        payments.transitions = new RecordingTransitions(history);
        payments.caller = caller;
        payments.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        payments.succeeded = new FiredEvents<>(fired);
        payments.failed = new FiredEvents<>(fired);
    }

    /** An order of two merchants: bakery 7 (12,00 € to pick up), bookshop 9 (8,00 € by parcel). */
    static PaymentOrder twoMerchants(String number) {
        return new PaymentOrder(
                number,
                Money.euros(2000),
                List.of(
                        new SellerPart(7, number + "-1", Money.euros(1200), SellerPart.Delivery.PICKUP),
                        new SellerPart(9, number + "-2", Money.euros(800), SellerPart.Delivery.PARCEL)),
                "kunde@example.org",
                Locale.GERMAN,
                URI.create("http://localhost/bestellung/x"));
    }

    static PaymentOrder pickedUp(String number) {
        return new PaymentOrder(
                number,
                Money.euros(2000),
                List.of(
                        new SellerPart(7, number + "-1", Money.euros(1200), SellerPart.Delivery.PICKUP),
                        new SellerPart(9, number + "-2", Money.euros(800), SellerPart.Delivery.PICKUP)),
                "kunde@example.org",
                Locale.ENGLISH,
                URI.create("http://localhost/bestellung/x"));
    }

    /** Callback keys, payments and refunds in memory, with the database's unique rules. */
    static final class Records extends PaymentRecords {
        final List<Payment> payments = new ArrayList<>();
        final List<PaymentRefund> refunds = new ArrayList<>();
        final Set<String> callbackKeys = new HashSet<>();
        private long ids;

        @Override
        void add(Payment payment) {
            if (lockLive(payment.getCustomerOrderNumber()).isPresent()) {
                throw new IllegalStateException("shop_payment_live: a second live payment");
            }
            payment.assignId(++ids);
            payments.add(payment);
        }

        @Override
        Optional<Payment> lockLive(String customerOrderNumber) {
            return payments.stream()
                    .filter(p -> p.getCustomerOrderNumber().equals(customerOrderNumber))
                    .filter(p -> p.status() != org.impuls.shop.api.payment.PaymentState.FAILED)
                    .findFirst();
        }

        @Override
        Optional<Payment> latest(String customerOrderNumber) {
            return payments.stream()
                    .filter(p -> p.getCustomerOrderNumber().equals(customerOrderNumber))
                    .reduce((first, second) -> second);
        }

        @Override
        Optional<Payment> lockByReference(String methodId, String reference) {
            return payments.stream()
                    .filter(p -> p.getMethodId().equals(methodId) && reference.equals(p.getReference()))
                    .reduce((first, second) -> second);
        }

        @Override
        Optional<Payment> lockBySellerOrder(String sellerOrderNumber) {
            return payments.stream()
                    .filter(p -> p.status() != org.impuls.shop.api.payment.PaymentState.FAILED)
                    .filter(p -> p.part(sellerOrderNumber).isPresent())
                    .findFirst();
        }

        @Override
        boolean rememberCallback(String methodId, String key, Long paymentId, Outcome outcome, Instant at) {
            return callbackKeys.add(methodId + " " + key);
        }

        @Override
        Optional<PaymentRefund> refundByKey(String idempotencyKey) {
            return refunds.stream()
                    .filter(r -> r.getIdempotencyKey().equals(idempotencyKey))
                    .findFirst();
        }

        @Override
        List<PaymentRefund> refunds(long paymentId) {
            return refunds.stream().filter(r -> r.getPaymentId() == paymentId).toList();
        }

        @Override
        void add(PaymentRefund refund) {
            if (refundByKey(refund.getIdempotencyKey()).isPresent()) {
                throw new IllegalStateException("shop_payment_refund_idempotency_key_key");
            }
            refunds.add(refund);
        }
    }

    /** Check, apply, record: what the core's StatusTransitions does, minus audit. */
    record RecordingTransitions(List<StatusChanged> history) implements Transitions {
        @Override
        public <S extends Enum<S>> StatusChanged perform(Stateful<S> subject, Lifecycle<S> steps, S to, Step step) {
            S from = subject.status();
            steps.check(subject.subject(), from, to);
            subject.changeStatus(to, step.note());
            StatusChanged change = new StatusChanged(
                    subject.subjectType(), subject.subjectId(), from, to, step.actor(), NOW, step.note());
            history.add(change);
            return change;
        }
    }

    static final class TestCaller implements Caller {
        boolean operator;
        Set<Long> businesses = Set.of();

        @Override
        public boolean isAuthenticated() {
            return operator || !businesses.isEmpty();
        }

        @Override
        public Optional<Long> accountId() {
            return Optional.empty();
        }

        @Override
        public boolean isOperator() {
            return operator;
        }

        @Override
        public Set<Long> businessIds() {
            return businesses;
        }

        @Override
        public Set<Long> pendingBusinessIds() {
            return Set.of();
        }
    }

    /** Collects what is fired; the rest of Event is not used. */
    record FiredEvents<T>(List<Object> fired) implements Event<T> {
        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    static boolean isPaymentEvent(Object event) {
        return event instanceof PaymentSucceeded || event instanceof PaymentFailed;
    }
}

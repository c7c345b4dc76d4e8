package org.impuls.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.core.api.money.Money;

/**
 * What one customer ordered in one checkout: who (an account or a guest with its access token), the addresses, the
 * total and the payment method; its {@link SellerOrder}s, one per merchant, hold the lines. Its state moves only along
 * {@link OrderState#LIFECYCLE}.
 */
@Entity
@Table(name = "shop_customer_order")
public class CustomerOrder implements Stateful<OrderState> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "access_token", nullable = false, updatable = false)
    private String accessToken;

    // the guest's page finds the order by this, so that no lookup compares the secret itself (V13)
    @Column(name = "access_token_hash", nullable = false, updatable = false)
    private byte[] accessTokenHash;

    @Column(name = "cart_id", nullable = false, updatable = false)
    private String cartId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String phone;

    @Column(name = "billing_name", nullable = false)
    private String billingName;

    @Column(name = "billing_company")
    private String billingCompany;

    @Column(name = "billing_vat_id")
    private String billingVatId;

    @Column(name = "billing_street", nullable = false)
    private String billingStreet;

    @Column(name = "billing_postal_code", nullable = false)
    private String billingPostalCode;

    @Column(name = "billing_city", nullable = false)
    private String billingCity;

    @Column(name = "billing_country", nullable = false)
    private String billingCountry;

    @Column(name = "delivery_name")
    private String deliveryName;

    @Column(name = "delivery_company")
    private String deliveryCompany;

    @Column(name = "delivery_street")
    private String deliveryStreet;

    @Column(name = "delivery_postal_code")
    private String deliveryPostalCode;

    @Column(name = "delivery_city")
    private String deliveryCity;

    @Column(name = "delivery_country")
    private String deliveryCountry;

    @Column(nullable = false)
    private String language;

    @Column(name = "total_cents", nullable = false)
    private long totalCents;

    @Column(nullable = false)
    private String currency;

    @Column(name = "payment_method", nullable = false)
    private String paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderState state = OrderState.PLACED;

    @Column(name = "payment_due_at")
    private Instant paymentDueAt;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "blocked_until")
    private LocalDate blockedUntil;

    protected CustomerOrder() {}

    /** Who placed it and how, as checkout read it. */
    public record Placement(
            String number,
            String accessToken,
            String cartId,
            String idempotencyKey,
            String requestHash,
            Long accountId,
            String email,
            String phone,
            Address billing,
            Address delivery,
            String language,
            Money total,
            String paymentMethod,
            Instant paymentDueAt,
            Instant placedAt) {}

    CustomerOrder(Placement p) {
        this.number = p.number();
        this.accessToken = p.accessToken();
        this.accessTokenHash = hashOf(p.accessToken());
        this.cartId = p.cartId();
        this.idempotencyKey = p.idempotencyKey();
        this.requestHash = p.requestHash();
        this.accountId = p.accountId();
        this.email = p.email();
        this.phone = p.phone();
        this.billingName = p.billing().name();
        this.billingCompany = p.billing().company();
        this.billingVatId = p.billing().vatId();
        this.billingStreet = p.billing().street();
        this.billingPostalCode = p.billing().postalCode();
        this.billingCity = p.billing().city();
        this.billingCountry = p.billing().country();
        if (p.delivery() != null) {
            this.deliveryName = p.delivery().name();
            this.deliveryCompany = p.delivery().company();
            this.deliveryStreet = p.delivery().street();
            this.deliveryPostalCode = p.delivery().postalCode();
            this.deliveryCity = p.delivery().city();
            this.deliveryCountry = p.delivery().country();
        }
        this.language = p.language();
        this.totalCents = p.total().cents();
        this.currency = p.total().currency();
        this.paymentMethod = p.paymentMethod();
        this.paymentDueAt = p.paymentDueAt();
        this.placedAt = p.placedAt();
    }

    /** The SHA-256 of a token's UTF-8 bytes, as V13 stores it. */
    static byte[] hashOf(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String subjectType() {
        return "customer-order";
    }

    @Override
    public long subjectId() {
        return id == null ? 0 : id;
    }

    @Override
    public String subject() {
        return "order " + number;
    }

    @Override
    public OrderState status() {
        return state;
    }

    @Override
    public void changeStatus(OrderState to, String note) {
        state = OrderState.LIFECYCLE.check(subject(), state, to);
    }

    /**
     * Its account was deleted: the link to it is gone and the order is kept only for the merchants' books until the
     * given day ({@link OrderRetention}).
     */
    void block(LocalDate until) {
        accountId = null;
        blockedUntil = until;
    }

    /** Kept only for the retention period of tax law: nobody reads it as the customer's any more. */
    public boolean isBlocked() {
        return blockedUntil != null;
    }

    public LocalDate getBlockedUntil() {
        return blockedUntil;
    }

    /** Paid: no timeout cancels it any more. */
    void paid() {
        paymentDueAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public String getCartId() {
        return cartId;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Address billing() {
        return new Address(
                billingName,
                billingCompany,
                billingVatId,
                billingStreet,
                billingPostalCode,
                billingCity,
                billingCountry);
    }

    /** The delivery address if the customer gave one apart from the billing address. */
    public Optional<Address> delivery() {
        return deliveryStreet == null
                ? Optional.empty()
                : Optional.of(new Address(
                        deliveryName,
                        deliveryCompany,
                        null,
                        deliveryStreet,
                        deliveryPostalCode,
                        deliveryCity,
                        deliveryCountry));
    }

    public String getLanguage() {
        return language;
    }

    public Money total() {
        return new Money(totalCents, currency);
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public Instant getPaymentDueAt() {
        return paymentDueAt;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}

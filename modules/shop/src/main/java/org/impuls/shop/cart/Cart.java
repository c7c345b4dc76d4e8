package org.impuls.shop.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A cart: known to clients by its {@link #getPublicId() public id} only, anonymous (whoever holds the id) or an
 * account's. Its lines are {@link CartLine}s, read and locked apart (a row lock on the cart serialises its writers).
 */
@Entity
@Table(name = "shop_cart")
public class Cart {

    /** Reads touch a cart at most this often, so that a page view does not write. */
    static final Duration READ_TOUCH = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "touched_at", nullable = false)
    private Instant touchedAt;

    protected Cart() {}

    Cart(String publicId, Long accountId, Instant now) {
        this.publicId = publicId;
        this.accountId = accountId;
        this.createdAt = now;
        this.touchedAt = now;
    }

    /** Whether this caller may see the cart: an anonymous cart anyone holding its id, an account's only that account. */
    boolean reachableBy(Long callerAccountId) {
        return accountId == null || accountId.equals(callerAccountId);
    }

    void touch(Instant now) {
        touchedAt = now;
    }

    /** Whether a read should touch it (not touched for a day). */
    boolean staleForRead(Instant now) {
        return touchedAt.plus(READ_TOUCH).isBefore(now);
    }

    void postalCode(String code) {
        postalCode = code;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Instant getTouchedAt() {
        return touchedAt;
    }
}

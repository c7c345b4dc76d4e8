package org.impuls.shop.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One variant in a cart with its quantity and what the customer saw when adding or last changing it (unit price,
 * deposit, titles): the summary compares that with now, and the system never changes it on its own.
 */
@Entity
@Table(name = "shop_cart_line")
public class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cart_id", nullable = false, updatable = false)
    private long cartId;

    @Column(name = "variant_id", nullable = false, updatable = false)
    private long variantId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "business_id", nullable = false, updatable = false)
    private long businessId;

    private int quantity;

    @Column(name = "seen_price_cents", nullable = false)
    private long seenPriceCents;

    @Column(name = "seen_deposit_cents", nullable = false)
    private int seenDepositCents;

    @Column(name = "seen_title_de", nullable = false)
    private String seenTitleDe;

    @Column(name = "seen_title_en", nullable = false)
    private String seenTitleEn;

    @Column(name = "seen_label", nullable = false)
    private String seenLabel;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected CartLine() {}

    CartLine(long cartId, long variantId, long productId, long businessId, int quantity, Seen seen, Instant now) {
        this.cartId = cartId;
        this.variantId = variantId;
        this.productId = productId;
        this.businessId = businessId;
        this.addedAt = now;
        set(quantity, seen);
    }

    /** What the customer saw of the variant: price, deposit and titles. */
    record Seen(long priceCents, int depositCents, String titleDe, String titleEn, String label) {}

    /** The customer set this quantity, seeing this. */
    void set(int newQuantity, Seen seen) {
        quantity = newQuantity;
        seenPriceCents = seen.priceCents();
        seenDepositCents = seen.depositCents();
        seenTitleDe = seen.titleDe();
        seenTitleEn = seen.titleEn();
        seenLabel = seen.label();
    }

    /** Merging carts adds quantities; what was seen stays (it is still what this customer saw). */
    void mergeQuantity(int newQuantity) {
        quantity = newQuantity;
    }

    Seen seen() {
        return new Seen(seenPriceCents, seenDepositCents, seenTitleDe, seenTitleEn, seenLabel);
    }

    public Long getId() {
        return id;
    }

    public long getCartId() {
        return cartId;
    }

    public long getVariantId() {
        return variantId;
    }

    public long getProductId() {
        return productId;
    }

    public long getBusinessId() {
        return businessId;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getSeenPriceCents() {
        return seenPriceCents;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public int getSeenDepositCents() {
        return seenDepositCents;
    }
}

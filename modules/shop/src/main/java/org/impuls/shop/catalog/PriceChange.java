package org.impuls.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** From {@code effectiveAt} on, the variant sold at {@code priceCents}. */
@Entity
@Table(name = "shop_price_history")
public class PriceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "variant_id", nullable = false)
    private long variantId;

    @Column(name = "effective_at", nullable = false)
    private Instant effectiveAt;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    protected PriceChange() {}

    PriceChange(long variantId, Instant effectiveAt, long priceCents) {
        this.variantId = variantId;
        this.effectiveAt = effectiveAt;
        this.priceCents = priceCents;
    }

    public long getVariantId() {
        return variantId;
    }

    public Instant getEffectiveAt() {
        return effectiveAt;
    }

    public long getPriceCents() {
        return priceCents;
    }
}

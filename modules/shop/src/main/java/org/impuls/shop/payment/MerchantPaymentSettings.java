package org.impuls.shop.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A merchant's bank account for transfers in advance; one row per business, stored only when checked. */
@Entity
@Table(name = "shop_payment_settings")
public class MerchantPaymentSettings {

    @Id
    @Column(name = "business_id")
    private Long businessId;

    @Column(name = "account_holder", nullable = false)
    private String accountHolder;

    @Column(nullable = false)
    private String iban;

    @Column(nullable = false)
    private String bic;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MerchantPaymentSettings() {}

    MerchantPaymentSettings(long businessId) {
        this.businessId = businessId;
    }

    void change(String accountHolder, Iban iban, String bic, Instant at) {
        this.accountHolder = accountHolder;
        this.iban = iban.value();
        this.bic = bic;
        this.changedAt = at;
    }

    PaymentSettingsForm toForm() {
        return new PaymentSettingsForm(accountHolder, iban, bic);
    }
}

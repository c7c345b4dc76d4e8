package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.InvalidInputException.FieldError;
import org.impuls.shop.catalog.Sellers;

/** Reads and changes merchants' payment settings (the account for bank transfers); only the business's staff. */
@ApplicationScoped
public class PaymentSettings {

    /** SEPA's longest name of an account holder. */
    static final int MAX_HOLDER = 70;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Sellers sellers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller's business's settings; empty fields when none were saved. */
    @Transactional
    public PaymentSettingsForm of(long businessId) {
        sellers.managedByCaller(businessId);
        return stored(businessId).orElseGet(PaymentSettingsForm::new);
    }

    /** The account customers transfer to, without asking who calls: for the bank-transfer method. */
    @Transactional
    public Optional<PaymentSettingsForm> stored(long businessId) {
        MerchantPaymentSettings settings = em.find(MerchantPaymentSettings.class, businessId);
        return settings == null ? Optional.empty() : Optional.of(settings.toForm());
    }

    @Transactional
    public PaymentSettingsForm change(long businessId, PaymentSettingsForm form) {
        sellers.managedByCaller(businessId);
        PaymentSettingsForm changed = changeForSeller(businessId, form);
        audit.record("shop.payment-settings.changed", "business:" + businessId, null);
        return changed;
    }

    /** Changes the settings without asking who calls: for demo data. Every field's problem is named at once. */
    @Transactional
    public PaymentSettingsForm changeForSeller(long businessId, PaymentSettingsForm form) {
        String holder = form.getAccountHolder().strip().replaceAll("\\s+", " ");
        List<FieldError> problems = new ArrayList<>();
        if (holder.length() < 2 || holder.length() > MAX_HOLDER) {
            problems.add(new FieldError("accountHolder", "give the account holder's name, 2 to 70 characters"));
        }
        Iban.problem(form.getIban()).ifPresent(problem -> problems.add(new FieldError("iban", problem)));
        Bic.problem(form.getBic()).ifPresent(problem -> problems.add(new FieldError("bic", problem)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        MerchantPaymentSettings settings = em.find(MerchantPaymentSettings.class, businessId);
        if (settings == null) {
            settings = new MerchantPaymentSettings(businessId);
            em.persist(settings);
        }
        settings.change(
                holder, Iban.parse(form.getIban()).orElseThrow(), Bic.normalise(form.getBic()), clock.instant());
        return settings.toForm();
    }
}

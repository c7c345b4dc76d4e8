package org.impuls.shop.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.impuls.core.api.PlatformStarted;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.payment.Iban;
import org.impuls.shop.payment.PaymentSettings;
import org.impuls.shop.payment.PaymentSettingsForm;

/**
 * In demo mode: every merchant with products gets an account for bank transfers, also in a demo database made before
 * payments existed. Made-up accounts at bank code 99990000 (no bank has it), check digits computed.
 */
@ApplicationScoped
public class PaymentDemoData {

    static final String DEMO_BANK_CODE = "99990000";

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    BusinessDirectory directory;

    @Inject
    PaymentSettings settings;

    // after the demo catalogue (APPLICATION + 950)
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) PlatformStarted started) {
        if (!started.demoMode()
                || ((Number) em.createNativeQuery("select count(*) from shop_payment_settings")
                                        .getSingleResult())
                                .longValue()
                        > 0) {
            return;
        }
        List<?> sellers = em.createNativeQuery("select distinct business_id from shop_product")
                .getResultList();
        Set<Long> ids = new HashSet<>();
        sellers.forEach(id -> ids.add(((Number) id).longValue()));
        for (BusinessInfo business : directory.findAll(ids)) {
            PaymentSettingsForm form = new PaymentSettingsForm();
            form.setAccountHolder(business.name());
            form.setIban(demoIban(business.id()).value());
            form.setBic("IMPUDEK1XXX");
            settings.changeForSeller(business.id(), form);
        }
    }

    /** A German IBAN of a made-up account: the business id as account number at the demo bank code. */
    static Iban demoIban(long businessId) {
        return Iban.of("DE", DEMO_BANK_CODE + String.format("%010d", 4_000_000_000L + businessId));
    }
}

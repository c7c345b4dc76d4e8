package org.impuls.shop.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.money.Money;

/** The delivery costs on a business's profile, where "zzgl. Versandkosten" links to. */
@Named("businessDelivery")
@RequestScoped
public class BusinessDelivery {

    @Inject
    Deliveries deliveries;

    private DeliveryForm form;

    public DeliveryForm of(Object businessId) {
        if (form == null) {
            form = deliveries.of(Long.parseLong(String.valueOf(businessId)));
        }
        return form;
    }

    public Money money(long cents) {
        return Money.euros(cents);
    }
}

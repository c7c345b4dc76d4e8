package org.impuls.shop.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.money.Money;

/** Amounts, times and payment methods on the order pages, in the visitor's language (as the order mails print them). */
@Named("orderFormat")
@RequestScoped
public class OrderFormat {

    @Inject
    FormFeedback feedback;

    public String money(Money money) {
        return money.format(feedback.locale());
    }

    /** Date and time in Europe/Berlin. */
    public String time(Instant at) {
        return OrderMailModel.pickUp(at, feedback.locale());
    }

    /** The built-in methods by name, a plugin's by its id. */
    public String payment(String method) {
        return OrderMailModel.paymentName(method, feedback.locale());
    }
}

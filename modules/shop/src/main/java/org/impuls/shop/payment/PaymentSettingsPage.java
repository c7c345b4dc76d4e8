package org.impuls.shop.payment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.shop.catalog.SellerOfPage;
import org.impuls.shop.catalog.Sellers;

/** Backs {@code /backoffice/shop/payment.xhtml?business=}: the account customers transfer to. */
@Named("paymentSettingsPage")
@ViewScoped
public class PaymentSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentSettings settings;

    @Inject
    Sellers sellers;

    @Inject
    Caller caller;

    @Inject
    FormFeedback feedback;

    private Long business;
    private String businessName;
    private PaymentSettingsForm form;

    public void load() {
        SellerOfPage.resolve(business, caller, sellers).ifPresent(seller -> {
            business = seller.id();
            businessName = seller.name();
            form = settings.of(business);
        });
    }

    public void save() {
        try {
            form = settings.change(business, form);
            feedback.info("shop.payment.saved");
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "payment", "shop.payment"); // what was typed stays in the fields
        }
    }

    public PaymentSettingsForm getForm() {
        return form;
    }

    public Long getBusiness() {
        return business;
    }

    public void setBusiness(Long business) {
        this.business = business;
    }

    public String getBusinessName() {
        return businessName;
    }
}

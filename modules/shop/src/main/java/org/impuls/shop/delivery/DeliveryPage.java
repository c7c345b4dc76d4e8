package org.impuls.shop.delivery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.AmountFormat;
import org.impuls.core.api.money.Money;
import org.impuls.shop.catalog.SellerOfPage;
import org.impuls.shop.catalog.Sellers;

/** Backs {@code /backoffice/shop/delivery.xhtml?business=}: the merchant's delivery settings, amounts in euros. */
@Named("deliveryPage")
@ViewScoped
public class DeliveryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Deliveries deliveries;

    @Inject
    Sellers sellers;

    @Inject
    Caller caller;

    @Inject
    FormFeedback feedback;

    private Long business;
    private String businessName;
    private DeliveryForm form;
    private String pickupLead;
    private String localFee;
    private String localMinimum;
    private String parcelFlat;
    private String parcelFreeFrom;

    public void load() throws IOException {
        SellerOfPage.resolve(business, caller, sellers).ifPresent(seller -> {
            business = seller.id();
            businessName = seller.name();
            form = deliveries.of(business);
            AmountFormat amounts = AmountFormat.of(feedback.locale());
            pickupLead = String.valueOf(form.getPickupLeadMinutes());
            localFee = amounts.format(Money.euros(form.getLocalFeeCents()));
            localMinimum = amounts.format(Money.euros(form.getLocalMinimumCents()));
            parcelFlat = amounts.format(Money.euros(form.getParcelFlatCents()));
            parcelFreeFrom = form.getParcelFreeFromCents() == null
                    ? ""
                    : amounts.format(Money.euros(form.getParcelFreeFromCents()));
        });
    }

    public void save() {
        try {
            AmountFormat amounts = AmountFormat.of(feedback.locale());
            form.setPickupLeadMinutes(minutes(pickupLead));
            form.setLocalFeeCents(cents(amounts, localFee, "localFee"));
            form.setLocalMinimumCents(cents(amounts, localMinimum, "localMinimum"));
            form.setParcelFlatCents(cents(amounts, parcelFlat, "parcelFlat"));
            form.setParcelFreeFromCents(
                    parcelFreeFrom == null || parcelFreeFrom.isBlank()
                            ? null
                            : cents(amounts, parcelFreeFrom, "parcelFreeFrom"));
            deliveries.change(business, form);
            feedback.info("shop.delivery.saved");
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "delivery", "shop");
        }
    }

    /** Whole minutes; the range is checked where the settings change. */
    private static int minutes(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("\\d{1,5}")) {
            throw new InvalidInputException("pickupLeadMinutes", "give the lead time in whole minutes");
        }
        return Integer.parseInt(digits);
    }

    /** An empty field is no fee. */
    private static long cents(AmountFormat amounts, String euros, String field) {
        return euros == null || euros.isBlank()
                ? 0
                : amounts.parse(euros, field).cents();
    }

    public DeliveryForm getForm() {
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

    public String getPickupLead() {
        return pickupLead;
    }

    public void setPickupLead(String pickupLead) {
        this.pickupLead = pickupLead;
    }

    public String getLocalFee() {
        return localFee;
    }

    public void setLocalFee(String localFee) {
        this.localFee = localFee;
    }

    public String getLocalMinimum() {
        return localMinimum;
    }

    public void setLocalMinimum(String localMinimum) {
        this.localMinimum = localMinimum;
    }

    public String getParcelFlat() {
        return parcelFlat;
    }

    public void setParcelFlat(String parcelFlat) {
        this.parcelFlat = parcelFlat;
    }

    public String getParcelFreeFrom() {
        return parcelFreeFrom;
    }

    public void setParcelFreeFrom(String parcelFreeFrom) {
        this.parcelFreeFrom = parcelFreeFrom;
    }
}

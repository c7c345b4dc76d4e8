package org.impuls.shop.delivery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
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
    private String localFee;
    private String localMinimum;
    private String parcelFlat;
    private String parcelFreeFrom;

    public void load() throws IOException {
        SellerOfPage.resolve(business, caller, sellers).ifPresent(seller -> {
            business = seller.id();
            businessName = seller.name();
            form = deliveries.of(business);
            localFee = euros(form.getLocalFeeCents());
            localMinimum = euros(form.getLocalMinimumCents());
            parcelFlat = euros(form.getParcelFlatCents());
            parcelFreeFrom = form.getParcelFreeFromCents() == null ? "" : euros(form.getParcelFreeFromCents());
        });
    }

    public void save() {
        try {
            form.setLocalFeeCents(cents(localFee, "localFee"));
            form.setLocalMinimumCents(cents(localMinimum, "localMinimum"));
            form.setParcelFlatCents(cents(parcelFlat, "parcelFlat"));
            form.setParcelFreeFromCents(parcelFreeFrom == null || parcelFreeFrom.isBlank() ? null : cents(parcelFreeFrom, "parcelFreeFrom"));
            deliveries.change(business, form);
            feedback.info("shop.delivery.saved");
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "delivery", "shop");
        }
    }

    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    static long cents(String euros, String field) {
        if (euros == null || euros.isBlank()) {
            return 0;
        }
        try {
            BigDecimal amount = new BigDecimal(euros.strip().replace("€", "").strip().replace(',', '.'));
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new NumberFormatException();
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field, "'" + euros + "' is not an amount in euros like 3,50");
        }
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

package org.impuls.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of euros typed into a form ({@code 4,50}, {@code 4.50}, {@code 4,50 €}) as whole cents, the way
 * prices are kept (a long; an int property takes it too); an empty field is null. Use it as
 * {@code converter="impuls.euros"}.
 */
@FacesConverter("impuls.euros")
public class EuroAmountConverter implements Converter<Number> {

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.replace("€", "").replace('\u00a0', ' ').strip();
        try {
            // "1.234,50" (German thousands) and "1,234.50" (English) both mean 1234.50
            String number = plain.lastIndexOf(',') > plain.lastIndexOf('.') ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
            BigDecimal euros = new BigDecimal(number);
            if (euros.signum() < 0 || euros.scale() > 2) {
                throw new NumberFormatException();
            }
            return euros.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException notAnAmount) {
            throw ConversionRefusal.of("core.form.euros", text, notAnAmount);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number cents) {
        if (cents == null) {
            return "";
        }
        String amount = BigDecimal.valueOf(cents.longValue(), 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        Locale locale = context.getViewRoot() == null ? Locale.GERMAN : context.getViewRoot().getLocale();
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? amount : amount.replace('.', ',');
    }
}

package org.impuls.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A decimal number typed with a comma or a point ({@code 0,75}) as a {@link BigDecimal}; an empty field is
 * null. Use it as {@code converter="impuls.decimal"}.
 */
@FacesConverter("impuls.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw ConversionRefusal.of("core.form.decimal", text, notANumber);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        Locale locale = context.getViewRoot() == null
                ? Locale.GERMAN
                : context.getViewRoot().getLocale();
        String plain = value.stripTrailingZeros().toPlainString();
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
}

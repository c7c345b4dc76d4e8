package org.impuls.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.AmountFormat;
import org.impuls.core.api.money.Money;

/**
 * An amount of euros typed into a form as the page's language writes it ({@code 4,50}, {@code 1.234,50 €} in
 * German, {@code 4.50} in English; see {@link AmountFormat}) as whole cents, the way prices are kept (a long; an
 * int property takes it too); an empty field is null. Use it as {@code converter="impuls.euros"}.
 */
@FacesConverter("impuls.euros")
public class EuroAmountConverter implements Converter<Number> {

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return format(context).parse(text, null).cents();
        } catch (InvalidInputException notAnAmount) {
            throw ConversionRefusal.of(notAnAmount);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number cents) {
        return cents == null ? "" : format(context).format(Money.euros(cents.longValue()));
    }

    private static AmountFormat format(FacesContext context) {
        return AmountFormat.of(
                context.getViewRoot() == null
                        ? Locale.GERMAN
                        : context.getViewRoot().getLocale());
    }
}

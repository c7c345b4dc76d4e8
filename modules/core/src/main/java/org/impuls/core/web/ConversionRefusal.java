package org.impuls.core.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Messages;

/** The refusal of a converter: the typed text in a message of the visitor's language, shown next to the field. */
final class ConversionRefusal {

    private ConversionRefusal() {}

    static ConverterException of(String messageKey, String typed, Exception cause) {
        String message = CDI.current().select(Messages.class).get().format(messageKey, typed);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), cause);
    }

    /** A refusal that is in the visitor's words already, such as {@link org.impuls.core.api.money.AmountFormat}'s. */
    static ConverterException of(InvalidInputException refusal) {
        return new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), refusal.getMessage()), refusal);
    }
}

package org.impuls.core.api;

import java.util.Locale;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Feedback on a JSF form in the visitor's language. A refusal appears next to its field (client id
 * {@code <formId>:<field>}) with the text of message key {@code <prefix>.refusal.<field>} when the
 * module has one, else the refusal's own words; refusals without a field appear at the top.
 */
public interface FormFeedback {

    void refusal(InvalidInputException refusal, String formId, String prefix);

    /** A confirmation at the top of the page, from a message key with {@code {0}} arguments. */
    void info(String key, Object... arguments);

    /** A message in the visitor's language. */
    String text(String key, Object... arguments);

    /** The request's language, the same as {@link org.impuls.core.api.language.RequestLanguage#locale()}. */
    Locale locale();
}

package org.impuls.core.api;

import java.util.Locale;
import java.util.Map;

/**
 * Sends mail reliably: the mail is stored in the caller's transaction and sent afterwards, retried
 * until the SMTP server takes it. Texts come from the message files: {@code <template>.subject} and
 * {@code <template>.body}, with {@code {name}} placeholders filled from {@code values}.
 */
public interface Outbox {

    void queue(String recipient, Locale language, String template, Map<String, String> values);
}

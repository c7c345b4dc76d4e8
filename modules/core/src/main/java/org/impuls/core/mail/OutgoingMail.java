package org.impuls.core.mail;

import java.util.List;

/** A rendered mail as it goes to the SMTP server; {@code html} is null for mails stored before mails had templates. */
public record OutgoingMail(String recipient, String subject, String text, String html, List<File> attachments) {

    /** An attachment with its bytes. */
    public record File(String name, String mediaType, byte[] bytes) {}
}

package org.impuls.core.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Hands one mail to the configured SMTP server with Jakarta Mail; with STARTTLS configured, never in plain text. A mail
 * is {@code multipart/alternative} (plain text first, then HTML, as mail programs prefer the last part they can show),
 * wrapped in {@code multipart/mixed} with its attachments when it has any.
 */
@ApplicationScoped
public class SmtpSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Inject
    MailSettings settings;

    public boolean configured() {
        return settings.host().isPresent();
    }

    public void send(OutgoingMail mail) throws MessagingException {
        Properties properties = properties(settings);
        Session session = Session.getInstance(
                properties,
                settings.user().isEmpty()
                        ? null
                        : new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(
                                        settings.user().get(),
                                        settings.password().orElse(""));
                            }
                        });
        Transport.send(message(session, settings.from(), mail));
    }

    static MimeMessage message(Session session, String from, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), UTF_8);
        if (mail.html() == null && mail.attachments().isEmpty()) {
            message.setText(mail.text(), UTF_8); // stored before mails had templates
            return message;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(mail.text(), "plain"));
        if (mail.html() != null) {
            alternative.addBodyPart(textPart(mail.html(), "html"));
        }
        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
            return message;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (OutgoingMail.File file : mail.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), file.mediaType())));
            part.setFileName(file.name());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        return message;
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }

    /**
     * The session's settings. STARTTLS, when configured, is required: a server (or a man in the middle) that does not
     * offer it gets no mail, rather than the mail in plain text; the server's certificate must name the host.
     */
    static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        if (settings.startTls()) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        return properties;
    }
}

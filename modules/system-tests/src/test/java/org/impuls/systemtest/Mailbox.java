package org.impuls.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) that the test portal sends its mail to. It can be stopped and
 * started again on the same port, to show that the portal's outbox keeps and retries mail.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final ServerSetup setup;
    private GreenMail server;

    Mailbox(int port) {
        setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(setup);
        server.start();
    }

    public int port() {
        return setup.getPort();
    }

    public synchronized void stop() {
        server.stop();
    }

    /** A fresh server on the same port; what the old one received is gone. */
    public synchronized void restart() {
        server.stop();
        server = new GreenMail(setup);
        server.start();
    }

    /** The newest mail to that address whose subject contains the text, waiting up to 30 s for it. */
    public MimeMessage awaitMail(String recipient, String subjectPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = find(recipient, subjectPart);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("no mail to " + recipient + " about '" + subjectPart + "' within 30 s");
    }

    public boolean hasMail(String recipient, String subjectPart) {
        return find(recipient, subjectPart).isPresent();
    }

    /** How many mails to that address have a subject containing the text. */
    public synchronized long count(String recipient, String subjectPart) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(mail -> isTo(mail, recipient) && subjectOf(mail).contains(subjectPart))
                .count();
    }

    /** The first link in a mail's text. */
    public static String linkIn(MimeMessage mail) {
        Matcher link =
                LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        if (!link.find()) {
            throw new AssertionError("the mail has no link: " + GreenMailUtil.getBody(mail));
        }
        return link.group();
    }

    private synchronized Optional<MimeMessage> find(String recipient, String subjectPart) {
        MimeMessage[] received = server.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            if (isTo(received[i], recipient) && subjectOf(received[i]).contains(subjectPart)) {
                return Optional.of(received[i]);
            }
        }
        return Optional.empty();
    }

    private static boolean isTo(MimeMessage mail, String recipient) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

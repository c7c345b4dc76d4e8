package org.impuls.containertest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.impuls.core.api.mail.Attachment;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;
import org.impuls.core.mail.OutboxClaims;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on PostgreSQL: a queued mail is stored with its transaction or not at all, rendered only when the
 * outbox first claims it, keeps its attachments for a retry, and bytes that many mails carry are stored once. (This
 * portal has no SMTP server configured, so the dispatcher leaves the mails to these tests.)
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTests(MailOutboxIT.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxClaims claims;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    private static String address() {
        return "mail-" + UUID.randomUUID() + "@example.org";
    }

    /** Bytes no other test uses, so that counting their stored copies counts only this test's. */
    private static byte[] terms() {
        return ("AGB Bäckerei Müller, Fassung 3 — " + UUID.randomUUID())
                .repeat(2_000)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Mail confirmation(String address) {
        return Mail.to(address)
                .template("core", "confirm")
                .language(Locale.ENGLISH)
                .model("name", "Anna")
                .model("link", "http://localhost/confirm?token=1");
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    @Test
    void aMailWhoseTransactionRollsBackIsNeitherStoredNorSent() throws Exception {
        String address = address();
        byte[] terms = terms();

        transaction.begin();
        outbox.queue(confirmation(address).attach(Attachment.of("agb.pdf", "application/pdf", terms)));
        transaction.rollback();

        assertEquals(0, count("select count(*) from mail_outbox where recipient = ?1", address));
        assertEquals(0, count("select count(*) from mail_content where sha256 = ?1", sha256(terms)));
        assertTrue(claims.claimDue(1_000).stream()
                .noneMatch(claim -> claim.mail().recipient().equals(address)));
    }

    @Test
    void attachmentsThatManyMailsCarryAreStoredOnce() throws Exception {
        byte[] terms = terms();
        String first = address();
        String second = address();

        outbox.queue(confirmation(first).attach(Attachment.of("agb.pdf", "application/pdf", terms)));
        outbox.queue(confirmation(second).attach(Attachment.of("terms.pdf", "application/pdf", terms)));

        assertEquals(1, count("select count(*) from mail_content where sha256 = ?1", sha256(terms)));
        assertEquals(2, count("select count(*) from mail_attachment where content_sha256 = ?1", sha256(terms)));
    }

    @Test
    void aMailIsRenderedWhenFirstClaimedAndARetriedMailKeepsItsTextAndAttachments() throws Exception {
        String address = address();
        byte[] terms = terms();
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outbox.queue(confirmation(address)
                .attach(Attachment.of("agb.pdf", "application/pdf", terms))
                .attach(Attachment.of("abholung.ics", "text/calendar", ics)));
        assertNull(
                em.createNativeQuery("select body_text from mail_outbox where recipient = ?1")
                        .setParameter(1, address)
                        .getSingleResult(),
                "stored unrendered: rendering waits until the queueing transaction committed");

        OutboxClaims.Claim first = mine(address);
        assertEquals("Please confirm your address at Impuls", first.mail().subject());
        assertTrue(first.mail().text().startsWith("Hello Anna,"), first.mail().text());
        assertTrue(
                first.mail().html().contains("<a href=\"http://localhost/confirm?token=1\">"),
                first.mail().html());
        claims.record(first, "the SMTP server is away");

        transaction.begin();
        em.createNativeQuery(
                        "update mail_outbox set next_attempt_at = now() - interval '1 second' where recipient = ?1")
                .setParameter(1, address)
                .executeUpdate();
        transaction.commit();
        OutboxClaims.Claim retried = mine(address);

        assertEquals(first.mail().subject(), retried.mail().subject());
        assertEquals(first.mail().html(), retried.mail().html());
        assertEquals(2, retried.mail().attachments().size());
        assertEquals("agb.pdf", retried.mail().attachments().get(0).name());
        assertEquals("application/pdf", retried.mail().attachments().get(0).mediaType());
        assertArrayEquals(terms, retried.mail().attachments().get(0).bytes());
        assertEquals("text/calendar", retried.mail().attachments().get(1).mediaType());
        assertArrayEquals(ics, retried.mail().attachments().get(1).bytes());
    }

    private OutboxClaims.Claim mine(String address) {
        List<OutboxClaims.Claim> claimed = claims.claimDue(1_000);
        OutboxClaims.Claim mine = claimed.stream()
                .filter(claim -> claim.mail().recipient().equals(address))
                .findFirst()
                .orElse(null);
        assertNotNull(mine, "the mail to " + address + " was due and claimed");
        return mine;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

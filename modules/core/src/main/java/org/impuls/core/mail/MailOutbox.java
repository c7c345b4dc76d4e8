package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.mail.Attachment;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;
import org.impuls.core.i18n.Language;

/**
 * Stores mails in the caller's transaction, unrendered (template, language, model) with their attachments; a rollback
 * leaves neither. The outbox renders a mail when it first claims it, that is after this transaction committed.
 */
@ApplicationScoped
public class MailOutbox implements Outbox {

    /** CDI event: a mail was queued; observed after commit to send it without waiting for the timer. */
    public record MailQueued() {}

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    MailContents contents;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @Override
    @Transactional
    public void queue(Mail mail) {
        List<MailAttachment> attachments = new ArrayList<>();
        for (Attachment attachment : mail.attachments()) {
            attachments.add(
                    new MailAttachment(attachment.name(), attachment.mediaType(), contents.store(attachment.bytes())));
        }
        em.persist(new OutboxMail(
                mail.recipient(),
                mail.template(),
                Language.of(mail.language()).code(),
                MailModel.toJson(mail.model()),
                attachments,
                clock.instant()));
        queued.fire(new MailQueued());
    }
}

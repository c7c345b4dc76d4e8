package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.impuls.core.api.Outbox;
import org.impuls.core.i18n.Language;

/** Stores mails in the caller's transaction; the dispatcher sends them once that transaction committed. */
@ApplicationScoped
public class MailOutbox implements Outbox {

    /** CDI event: a mail was queued; observed after commit to send it without waiting for the timer. */
    public record MailQueued() {
    }

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @Override
    @Transactional
    public void queue(String recipient, Locale language, String template, Map<String, String> values) {
        MailTemplates.Rendered mail = templates.render(template, Language.of(language), values);
        em.persist(new OutboxMail(recipient, mail.subject(), mail.body(), clock.instant()));
        queued.fire(new MailQueued());
    }
}

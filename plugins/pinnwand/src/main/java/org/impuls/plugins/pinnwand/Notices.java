package org.impuls.plugins.pinnwand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.impuls.core.api.Settings;
import org.impuls.core.api.error.InvalidInputException;

/** Reads and posts notices; the transaction boundary of the plugin. */
@ApplicationScoped
public class Notices {

    @PersistenceContext(unitName = "pinnwand")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** The newest notices, as many as the setting {@code maxNotices} allows. */
    public List<Notice> newest() {
        return em.createQuery("select n from Notice n order by n.postedAt desc, n.id desc", Notice.class)
                .setMaxResults(Math.max(1, settings.integer(PinnwandPlugin.ID, "maxNotices")))
                .getResultList();
    }

    public List<Notice> containing(String text, int limit) {
        return em.createQuery(
                        "select n from Notice n where lower(n.text) like :q order by n.postedAt desc", Notice.class)
                .setParameter("q", "%" + text.strip().toLowerCase() + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional
    public Notice post(String text, String author) {
        if (text == null || text.isBlank() || text.strip().length() > 500) {
            throw new InvalidInputException("text", "a notice needs a text of at most 500 characters");
        }
        Notice notice = new Notice(text.strip(), author, clock.instant());
        em.persist(notice);
        return notice;
    }

    public String title() {
        return settings.text(PinnwandPlugin.ID, "title");
    }
}

package org.impuls.core.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.i18n.Language;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Reads and revises the legal pages; the transaction boundary for them. */
@ApplicationScoped
public class LegalPages {

    // what an imprint or privacy policy needs: text formatting, lists, headings, links, tables
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Optional<LegalPage> find(LegalPageKind kind, Language language) {
        return em.createQuery(
                        "select p from LegalPage p where p.kind = :kind and p.language = :language", LegalPage.class)
                .setParameter("kind", kind)
                .setParameter("language", language.code())
                .getResultStream()
                .findFirst();
    }

    public List<LegalPage> all() {
        return em.createQuery("select p from LegalPage p order by p.kind, p.language", LegalPage.class)
                .getResultList();
    }

    /** Replaces title and body; the body is sanitised so that no script can reach a visitor. */
    @Transactional
    public LegalPage revise(LegalPageKind kind, Language language, String title, String bodyHtml) {
        LegalPage page = find(kind, language)
                .orElseThrow(() -> new IllegalStateException("legal page " + kind + "/" + language + " is not seeded"));
        page.revise(title.strip(), sanitise(bodyHtml), clock.instant());
        audit.record("legal-page.revised", kind.name().toLowerCase() + "/" + language.code(), title.strip());
        return page;
    }

    static String sanitise(String html) {
        return POLICY.sanitize(html == null ? "" : html);
    }
}

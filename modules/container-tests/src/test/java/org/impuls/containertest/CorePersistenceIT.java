package org.impuls.containertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.impuls.core.i18n.Language;
import org.impuls.core.legal.LegalPage;
import org.impuls.core.legal.LegalPageKind;
import org.impuls.core.legal.LegalPages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: migrations ran into their own history table, and revisions are sanitised and stamped. */
@ExtendWith(ArquillianExtension.class)
class CorePersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTests(CorePersistenceIT.class);
    }

    @Inject
    LegalPages pages;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Test
    void coreMigrationsAreRecordedInTheirOwnHistoryTable() {
        Number applied =
                (Number) em.createNativeQuery("select count(*) from flyway_core where success and version = '1'")
                        .getSingleResult();
        assertEquals(1, applied.intValue());
    }

    @Test
    void revisionIsSanitisedAndStampedWithTheTime() {
        Instant before = Instant.now();

        pages.revise(
                LegalPageKind.TERMS,
                Language.EN,
                "  Terms of use  ",
                "<p>Be kind.</p><script>alert('x')</script><p onclick=\"x()\">Really.</p>");

        LegalPage stored = pages.find(LegalPageKind.TERMS, Language.EN).orElseThrow();
        assertEquals("Terms of use", stored.getTitle());
        assertTrue(stored.getBodyHtml().contains("Be kind."));
        assertFalse(stored.getBodyHtml().contains("script"));
        assertFalse(stored.getBodyHtml().contains("onclick"));
        assertFalse(stored.getUpdatedAt().isBefore(before.minusSeconds(1)));
    }
}

package org.impuls.core.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.impuls.core.api.PlatformStarted;
import org.impuls.core.i18n.Language;

/**
 * Demo mode only: fills the legal pages with an example operator in Kaiserslautern, unless the
 * operator has already written them (the placeholders say "noch nicht" / "not … yet").
 */
@ApplicationScoped
public class LegalPagesDemoData {

    private static final String DEMO_OPERATOR = """
            <p><strong>Impuls Kaiserslautern e.V.</strong> (Demo)<br/>Stiftsplatz 5<br/>67655 Kaiserslautern</p>
            <p>Vertreten durch den Vorstand: Erika Musterfrau<br/>Vereinsregister: Amtsgericht Kaiserslautern, VR 0000</p>
            <p>Kontakt: <a href="mailto:kontakt@impuls-kl.example">kontakt@impuls-kl.example</a></p>""";

    @Inject
    LegalPages pages;

    void load(@Observes PlatformStarted event) {
        if (!event.demoMode()) {
            return;
        }
        fill(
                LegalPageKind.IMPRINT,
                Language.DE,
                "Impressum",
                DEMO_OPERATOR + "<p>Dies ist ein Demo-Portal. Alle Betriebe und Angebote sind erfunden.</p>");
        fill(
                LegalPageKind.IMPRINT,
                Language.EN,
                "Imprint",
                DEMO_OPERATOR + "<p>This is a demo portal. All businesses and offers are fictitious.</p>");
        fill(
                LegalPageKind.PRIVACY,
                Language.DE,
                "Datenschutzerklärung",
                "<h2>Verantwortlicher</h2>" + DEMO_OPERATOR
                        + "<h2>Welche Daten wir verarbeiten</h2><p>Für die Sprachwahl speichern wir ein Cookie "
                        + "<code>impuls_lang</code>. Karten von OpenStreetMap laden wir erst nach Ihrer Zustimmung.</p>");
        fill(
                LegalPageKind.PRIVACY,
                Language.EN,
                "Privacy policy",
                "<h2>Controller</h2>" + DEMO_OPERATOR
                        + "<h2>What data we process</h2><p>We store a cookie <code>impuls_lang</code> for your language "
                        + "choice. Maps from OpenStreetMap are loaded only after you agree.</p>");
        fill(
                LegalPageKind.TERMS,
                Language.DE,
                "Nutzungsbedingungen",
                "<p>Das Portal steht Verbraucherinnen und Verbrauchern, Vereinen und sozialen Einrichtungen kostenlos offen. "
                        + "Lokale Betriebe zahlen einen Mitgliedsbeitrag, der überwiegend an Kindergärten und Schulen gespendet wird. "
                        + "Handelsketten werden nicht aufgenommen.</p>");
        fill(
                LegalPageKind.TERMS,
                Language.EN,
                "Terms of use",
                "<p>The portal is free for consumers, clubs and social institutions. Local businesses pay a membership fee, "
                        + "most of which is donated to kindergartens and schools. Chains are not admitted.</p>");
    }

    private void fill(LegalPageKind kind, Language language, String title, String body) {
        pages.find(kind, language)
                .filter(page -> page.getBodyHtml().contains("noch nicht")
                        || page.getBodyHtml().contains("not entered"))
                .ifPresent(page -> pages.revise(kind, language, title, body));
    }
}

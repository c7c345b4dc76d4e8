package org.impuls.directory.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.List;
import org.impuls.core.api.PlatformStarted;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.directory.admission.Admission;
import org.impuls.directory.admission.ApplicationForm;
import org.impuls.directory.admission.ReviewAction;
import org.impuls.directory.api.BusinessKind;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.BusinessRegistry;
import org.impuls.directory.business.BusinessRegistry.NewBusiness;
import org.impuls.directory.business.LegalData;

/**
 * Forty-odd fictitious businesses, clubs and institutions in Kaiserslautern, a demo merchant owning the
 * first bakery, and applications waiting for review (one of them a chain the rules flag), for demo mode.
 */
@ApplicationScoped
public class DirectoryDemoData {

    private static final String KL = "Kaiserslautern";

    /** Owner of the first bakery; the core creates the account in demo mode. */
    static final String DEMO_MERCHANT = "haendler@impuls.example";

    /** The demo customer applied for the first demo application: no MERCHANT, only the application at /account/directory/…. */
    static final String DEMO_APPLICANT = "kunde@impuls.example";

    @Inject
    BusinessRegistry registry;

    @Inject
    Admission admission;

    @Inject
    StaffDirectory staff;

    // after the core's demo accounts exist (observers without priority run at APPLICATION + 500)
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) PlatformStarted started) {
        if (!started.demoMode() || registry.count() > 0) {
            return;
        }
        List<Business> created =
                businesses().stream().map(registry::createApproved).toList();
        Business bakery = created.get(0);
        completeProfile(bakery);
        staff.contactByEmail(DEMO_MERCHANT)
                .ifPresent(merchant ->
                        staff.link(merchant.accountId(), bakery.getId(), true, StaffDirectory.LinkState.ACTIVE));
        boolean first = true;
        for (ApplicationForm form : DemoApplications.all()) {
            Business pending = registry.createPending(form);
            pending.declareSize(form.getEmployees(), form.getBranches(), form.getHeadOfficePostalCode());
            pending.flag(admission
                    .rules()
                    .check(form.getKind(), form.getEmployees(), form.getBranches(), form.getHeadOfficePostalCode())
                    .stream()
                    .map(Enum::name)
                    .toList());
            admission.record(pending, ReviewAction.APPLIED, null, "demo");
            if (first) {
                staff.contactByEmail(DEMO_APPLICANT)
                        .ifPresent(applicant -> staff.link(
                                applicant.accountId(), pending.getId(), true, StaffDirectory.LinkState.PENDING));
                first = false;
            }
        }
    }

    /** The demo merchant's bakery shows everything a profile can have, except images. */
    private static void completeProfile(Business bakery) {
        bakery.tag("Sauerteig, Dampfnudeln, Bio-Mehl");
        bakery.setLegal(new LegalData(
                        "Hans Müller",
                        "HRA 1234, Amtsgericht Kaiserslautern",
                        "DE123456789",
                        "1. Geltungsbereich: Diese AGB gelten für alle Bestellungen über Impuls.\n2. Abholung: Bestellte Waren liegen am gewählten Tag bereit.",
                        "Widerrufsrecht: Sie können Ihre Bestellung binnen 14 Tagen ohne Angabe von Gründen widerrufen. "
                                + "Ausgenommen sind schnell verderbliche Lebensmittel (§ 312g Abs. 2 Nr. 2 BGB).",
                        "Wir verarbeiten Ihre Daten nur, um Ihre Bestellung auszuführen (Art. 6 Abs. 1 lit. b DSGVO).")
                .withTax("27/123/45678", VatTreatment.REGULAR));
    }

    private static NewBusiness shop(
            String name,
            String category,
            String street,
            String postalCode,
            double lat,
            double lon,
            String de,
            String en,
            String hours) {
        return new NewBusiness(
                name,
                BusinessKind.COMMERCIAL,
                List.of(category),
                street,
                postalCode,
                KL,
                lat,
                lon,
                de,
                en,
                "0631 " + (300000 + Math.abs(name.hashCode() % 600000)),
                null,
                null,
                hours);
    }

    private static NewBusiness institution(
            String name,
            BusinessKind kind,
            String category,
            String street,
            String postalCode,
            double lat,
            double lon,
            String de,
            String en,
            String email,
            String hours) {
        return new NewBusiness(
                name, kind, List.of(category), street, postalCode, KL, lat, lon, de, en, null, email, null, hours);
    }

    static List<NewBusiness> businesses() {
        String weekdays = "Mo-Fr 08:00-18:30; Sa 08:00-13:00";
        String bakery = "Mo-Fr 06:30-18:00; Sa 06:30-13:00; Su 08:00-11:00";
        String restaurant = "Tu-Su 11:30-14:30,17:30-23:00";
        return List.of(
                shop(
                        "Bäckerei Müller",
                        "baeckereien",
                        "Marktstraße 12",
                        "67655",
                        49.4440,
                        7.7695,
                        "Handwerksbäckerei seit 1952: Brot aus Natursauerteig, Brezeln und Dampfnudeln.",
                        "Craft bakery since 1952.",
                        bakery),
                shop(
                        "Bäckerei Schäfer & Söhne",
                        "baeckereien",
                        "Pariser Straße 40",
                        "67655",
                        49.4421,
                        7.7588,
                        "Familienbäckerei mit Dinkelbrötchen und Pfälzer Kuchen.",
                        "Family bakery with spelt rolls.",
                        bakery),
                shop(
                        "Backhaus am Stiftsplatz",
                        "baeckereien",
                        "Stiftsplatz 3",
                        "67655",
                        49.4447,
                        7.7710,
                        "Kleine Backstube mit Café und frischen Croissants.",
                        "Small bakehouse with café.",
                        bakery),
                shop(
                        "Landbäckerei Hohenecken",
                        "baeckereien",
                        "Burgstraße 8",
                        "67661",
                        49.4235,
                        7.7120,
                        "Holzofenbrot aus dem Stadtteil Hohenecken.",
                        "Wood-fired bread from Hohenecken.",
                        bakery),
                shop(
                        "Metzgerei Kuhn",
                        "metzgereien",
                        "Fackelstraße 21",
                        "67655",
                        49.4452,
                        7.7668,
                        "Pfälzer Saumagen, Leberwurst und Fleisch aus der Region.",
                        "Palatinate specialities.",
                        weekdays),
                shop(
                        "Metzgerei Weber",
                        "metzgereien",
                        "Mannheimer Straße 102",
                        "67657",
                        49.4461,
                        7.7840,
                        "Hausschlachtung und Partyservice.",
                        "Own butchery and catering.",
                        weekdays),
                shop(
                        "Landmetzgerei Dansenberg",
                        "metzgereien",
                        "Dansenberger Straße 5",
                        "67661",
                        49.4160,
                        7.7570,
                        "Weideochsen und Lamm von Höfen im Pfälzerwald.",
                        "Pasture-raised beef and lamb.",
                        weekdays),
                shop(
                        "Café Fruchthalle",
                        "cafes",
                        "Fruchthallstraße 1",
                        "67655",
                        49.4436,
                        7.7703,
                        "Kaffeehaus gegenüber der Fruchthalle mit hausgemachten Torten.",
                        "Coffee house with homemade cakes.",
                        "Mo-Su 09:00-19:00"),
                shop(
                        "Kaffeerösterei Lautertal",
                        "cafes",
                        "Steinstraße 44",
                        "67657",
                        49.4449,
                        7.7739,
                        "Eigene Röstung, Espresso und Bohnen zum Mitnehmen.",
                        "Own roastery.",
                        weekdays),
                shop(
                        "Ristorante Da Luigi",
                        "restaurants",
                        "Riesenstraße 13",
                        "67655",
                        49.4455,
                        7.7683,
                        "Italienische Küche mit Pasta aus eigener Herstellung.",
                        "Italian cuisine with homemade pasta.",
                        restaurant),
                shop(
                        "Wirtshaus Zum Betzenberg",
                        "restaurants",
                        "Kantstraße 6",
                        "67663",
                        49.4345,
                        7.7750,
                        "Pfälzer Küche: Saumagen, Dampfnudeln mit Weinsoße, regionale Weine.",
                        "Palatinate cuisine.",
                        restaurant),
                shop(
                        "Gasthaus Altenwoog",
                        "restaurants",
                        "Altenwoogstraße 22",
                        "67655",
                        49.4395,
                        7.7610,
                        "Biergarten unter Kastanien und saisonale Küche.",
                        "Beer garden and seasonal food.",
                        restaurant),
                shop(
                        "Thai Garden Lautern",
                        "restaurants",
                        "Eisenbahnstraße 52",
                        "67655",
                        49.4410,
                        7.7690,
                        "Thailändische Küche, auch vegan.",
                        "Thai cuisine, vegan options.",
                        restaurant),
                shop(
                        "Buchhandlung Blättchen",
                        "buchhandlungen",
                        "Marktstraße 35",
                        "67655",
                        49.4443,
                        7.7680,
                        "Unabhängige Buchhandlung mit Lesungen und Kinderbuchecke.",
                        "Independent bookshop.",
                        weekdays),
                shop(
                        "Antiquariat am Schillerplatz",
                        "buchhandlungen",
                        "Schillerplatz 4",
                        "67655",
                        49.4441,
                        7.7725,
                        "Alte Bücher, Landkarten und Stiche der Pfalz.",
                        "Antiquarian books and maps.",
                        "Tu-Fr 11:00-18:00; Sa 10:00-14:00"),
                shop(
                        "Blumen Lindner",
                        "blumen",
                        "Königstraße 18",
                        "67655",
                        49.4425,
                        7.7625,
                        "Sträuße, Trauerfloristik und Hochzeitsschmuck.",
                        "Florist for every occasion.",
                        weekdays),
                shop(
                        "Blütenwerk",
                        "blumen",
                        "Mühlstraße 9",
                        "67659",
                        49.4488,
                        7.7655,
                        "Saisonale Blumen aus der Region und Workshops.",
                        "Seasonal regional flowers.",
                        weekdays),
                shop(
                        "Hofladen Erlenbach",
                        "hofladen",
                        "Erlenbacher Hauptstraße 30",
                        "67659",
                        49.4770,
                        7.7300,
                        "Kartoffeln, Eier, Honig und Gemüse vom eigenen Hof.",
                        "Farm shop with own produce.",
                        "Tu-Fr 09:00-18:00; Sa 08:00-13:00"),
                shop(
                        "Obsthof Morlautern",
                        "hofladen",
                        "Otterberger Straße 71",
                        "67659",
                        49.4680,
                        7.7800,
                        "Äpfel, Birnen, Säfte und Obstbrände.",
                        "Apples, juices and fruit brandies.",
                        "Mo-Sa 09:00-18:00"),
                shop(
                        "Weinhandlung Pfalzgraf",
                        "weinhandel",
                        "Rudolf-Breitscheid-Straße 11",
                        "67655",
                        49.4418,
                        7.7662,
                        "Weine von der Deutschen Weinstraße, Verkostungen jeden Freitag.",
                        "Wines from the German Wine Route.",
                        weekdays),
                shop(
                        "Vinothek Lauterstolz",
                        "weinhandel",
                        "Kerststraße 5",
                        "67655",
                        49.4438,
                        7.7715,
                        "Riesling, Spätburgunder und Sekt von Pfälzer Winzern.",
                        "Palatinate winegrowers.",
                        weekdays),
                shop(
                        "Elektro Hoffmann",
                        "elektro",
                        "Pirmasenser Straße 60",
                        "67655",
                        49.4365,
                        7.7520,
                        "Elektroinstallation, Photovoltaik und Reparaturen.",
                        "Electrical installation and solar.",
                        "Mo-Fr 07:30-16:30"),
                shop(
                        "Schreinerei Holzwerk Kahl",
                        "schreinereien",
                        "Merkurstraße 14",
                        "67663",
                        49.4300,
                        7.7900,
                        "Möbel nach Maß, Küchen und Fenster.",
                        "Custom furniture and kitchens.",
                        "Mo-Fr 07:00-16:00"),
                shop(
                        "Schreinerei Benz",
                        "schreinereien",
                        "Hohenecker Straße 3",
                        "67661",
                        49.4260,
                        7.7200,
                        "Treppen, Türen und Restaurierung alter Möbel.",
                        "Stairs, doors and restoration.",
                        "Mo-Fr 07:00-16:00"),
                shop(
                        "Friseur Schnittpunkt",
                        "friseure",
                        "Schneiderstraße 7",
                        "67655",
                        49.4450,
                        7.7700,
                        "Damen, Herren, Kinder – ohne Termin am Samstag.",
                        "Hairdresser for all.",
                        "Tu-Fr 09:00-18:00; Sa 08:00-14:00"),
                shop(
                        "Barbier Lautern",
                        "friseure",
                        "Eisenbahnstraße 18",
                        "67655",
                        49.4420,
                        7.7700,
                        "Bartpflege und klassische Herrenschnitte.",
                        "Barber.",
                        "Tu-Sa 10:00-19:00"),
                shop(
                        "Stifts-Apotheke",
                        "apotheken",
                        "Stiftsplatz 1",
                        "67655",
                        49.4446,
                        7.7707,
                        "Beratung, Botendienst und Naturheilmittel.",
                        "Pharmacy with delivery service.",
                        weekdays),
                shop(
                        "Apotheke am Betzenberg",
                        "apotheken",
                        "Kantstraße 30",
                        "67663",
                        49.4350,
                        7.7760,
                        "Ihre Apotheke am Fuß des Betzenbergs.",
                        "Your pharmacy at the Betzenberg.",
                        weekdays),
                shop(
                        "Brauhaus Lauterbräu",
                        "restaurants",
                        "Glockenstraße 2",
                        "67655",
                        49.4452,
                        7.7720,
                        "Kleine Brauerei mit Gaststube: Helles, Dunkles und Saisonbiere.",
                        "Craft brewery with tap room.",
                        restaurant),
                shop(
                        "Käserei Pfälzer Bergland",
                        "hofladen",
                        "Lauterstraße 9",
                        "67659",
                        49.4520,
                        7.7610,
                        "Rohmilchkäse aus der Pfalz und Feinkost.",
                        "Raw-milk cheese and delicatessen.",
                        weekdays),
                shop(
                        "Unverpackt Kaiserslautern",
                        "einzelhandel",
                        "Riesenstraße 2",
                        "67655",
                        49.4456,
                        7.7686,
                        "Lebensmittel ohne Verpackung: Nudeln, Reis, Nüsse, Seife.",
                        "Zero-waste grocery.",
                        weekdays),
                shop(
                        "Fahrradwerkstatt Speiche",
                        "dienstleistungen",
                        "Pfaffplatz 3",
                        "67655",
                        49.4390,
                        7.7630,
                        "Reparatur, Verkauf und Verleih von Fahrrädern.",
                        "Bike repair and rental.",
                        weekdays),
                shop(
                        "Schuhmacherei Lederleicht",
                        "handwerk",
                        "Bahnhofstraße 21",
                        "67655",
                        49.4400,
                        7.7690,
                        "Schuhreparatur und Schlüsseldienst.",
                        "Shoe repair and keys.",
                        weekdays),
                shop(
                        "Optik Klarblick",
                        "gesundheit",
                        "Fackelstraße 9",
                        "67655",
                        49.4449,
                        7.7672,
                        "Brillen, Kontaktlinsen und Sehtests.",
                        "Glasses and eye tests.",
                        weekdays),
                institution(
                        "SV Lauterpfalz 1920 e.V.",
                        BusinessKind.CLUB,
                        "sportvereine",
                        "Sportplatzweg 1",
                        "67663",
                        49.4320,
                        7.7800,
                        "Fußball, Turnen und Leichtathletik für alle Altersgruppen.",
                        "Sports club for all ages.",
                        "info@sv-lauterpfalz.example",
                        null),
                institution(
                        "Turnverein Erfenbach e.V.",
                        BusinessKind.CLUB,
                        "sportvereine",
                        "Turnhallenstraße 4",
                        "67659",
                        49.4810,
                        7.7420,
                        "Kinderturnen, Volleyball und Gymnastik.",
                        "Gymnastics and volleyball.",
                        null,
                        null),
                institution(
                        "Lauterer Schachfreunde e.V.",
                        BusinessKind.CLUB,
                        "vereine",
                        "Schillerplatz 6",
                        "67655",
                        49.4442,
                        7.7726,
                        "Spielabend jeden Donnerstag, Jugendtraining.",
                        "Chess club.",
                        null,
                        null),
                institution(
                        "Kindergartenverein Betzenberg e.V.",
                        BusinessKind.SOCIAL_INSTITUTION,
                        "kindergaerten",
                        "Am Betzenberg 12",
                        "67663",
                        49.4340,
                        7.7770,
                        "Trägerverein zweier Kindergärten mit 90 Plätzen.",
                        "Association running two kindergartens.",
                        null,
                        "Mo-Fr 07:00-16:30"),
                institution(
                        "Kita Sonnenschein",
                        BusinessKind.SOCIAL_INSTITUTION,
                        "kindergaerten",
                        "Lessingstraße 20",
                        "67657",
                        49.4470,
                        7.7800,
                        "Integrative Kindertagesstätte im Stadtteil Lämmchesberg.",
                        "Inclusive day care.",
                        null,
                        "Mo-Fr 07:00-17:00"),
                institution(
                        "Tafel Kaiserslautern",
                        BusinessKind.SOCIAL_INSTITUTION,
                        "soziale-einrichtungen",
                        "Pirmasenser Straße 100",
                        "67655",
                        49.4340,
                        7.7500,
                        "Lebensmittel für Menschen mit wenig Geld, getragen von Ehrenamtlichen.",
                        "Food bank.",
                        null,
                        "Tu,Th 10:00-13:00"),
                institution(
                        "Nachbarschaftshilfe Innenstadt e.V.",
                        BusinessKind.SOCIAL_INSTITUTION,
                        "soziale-einrichtungen",
                        "Kerststraße 30",
                        "67655",
                        49.4430,
                        7.7730,
                        "Einkaufshilfe und Besuchsdienst für Ältere.",
                        "Neighbourhood help for the elderly.",
                        null,
                        null));
    }
}

package org.impuls.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Directory search with 10,000 businesses: admits them through the portal's own admission (apply, approve),
 * then times typical searches over HTTP, one after another. Target: p95 under 50 ms.
 */
final class DirectoryBench {

    static final int BUSINESSES = Integer.getInteger("bench.businesses", 10_000);
    private static final int WARM_UP = 30;
    private static final int RUNS = Integer.getInteger("bench.runs", 200);

    private static final String[] SURNAMES = {
        "Müller",
        "Schmitt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofmann",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Maier"
    };
    private static final String[] HOURS = {
        "Mo-Fr 08:00-18:30; Sa 08:00-13:00; PH off",
        "Mo-Fr 06:30-18:00; Sa 06:30-13:00; Su 08:00-11:00",
        "Tu-Su 11:30-14:30,17:30-23:00",
        "Mo-Sa 09:00-20:00",
        "Fr,Sa 18:00-02:00",
        "Mo-Fr 07:00-16:30; PH off"
    };
    private static final String[] STREETS = {
        "Marktstraße",
        "Pariser Straße",
        "Mannheimer Straße",
        "Eisenbahnstraße",
        "Fackelstraße",
        "Riesenstraße",
        "Schillerstraße",
        "Königstraße",
        "Logenstraße",
        "Rudolf-Breitscheid-Straße"
    };

    /** The searches a visitor typically makes, by name. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("text: bäckerei", "q=b%C3%A4ckerei");
        QUERIES.put("text, two terms: metzgerei kaiserslautern", "q=metzgerei+kaiserslautern");
        QUERIES.put("text without umlaut: cafe", "q=cafe");
        QUERIES.put("category with sub-categories: einzelhandel", "category=einzelhandel");
        QUERIES.put("text + open now: friseur", "q=friseur&openNow=true");
        QUERIES.put("near 67655 within 5 km", "near=67655&radiusKm=5");
        QUERIES.put("text near, by distance: restaurant", "q=restaurant&near=67655&radiusKm=3&sort=distance");
        QUERIES.put("everything by name, page 3", "sort=name&page=3");
    }

    private final BenchPortal portal;

    DirectoryBench(BenchPortal portal) {
        this.portal = portal;
    }

    void run() throws Exception {
        long started = System.nanoTime();
        int loaded = load();
        System.out.printf(
                "%n== directory: %d businesses loaded in %.1f s%n", loaded, (System.nanoTime() - started) / 1e9);
        Latencies all = new Latencies();
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
            Latencies latencies = portal.timed("/api/directory/businesses?" + query.getValue(), WARM_UP, RUNS);
            all.addAll(latencies);
            System.out.printf(
                    "%-45s %s  (%s)%n",
                    query.getKey(), latencies.summary(), total("/api/directory/businesses?" + query.getValue()));
        }
        System.out.printf("%-45s %s%n", "all searches", all.summary());
        System.out.printf("target p95 < 50 ms: %s%n", all.percentileMillis(95) < 50 ? "met" : "NOT met");
    }

    private String total(String path) throws Exception {
        String body = portal.get(path);
        java.util.regex.Matcher total =
                java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
        return total.find() ? total.group(1) + " hits" : "no total";
    }

    /** Admits the businesses through the directory's admission (apply, approve): approved, categorised, indexed by the portal. */
    private int load() throws Exception {
        List<Category> categories;
        List<String> codes = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        try (Connection db = portal.connection()) {
            categories = categories(db);
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("select code, latitude, longitude from directory_postal_code")) {
                while (r.next()) {
                    codes.add(r.getString(1));
                    centres.add(new double[] {r.getDouble(2), r.getDouble(3)});
                }
            }
        }
        Random random = new Random(42);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < BUSINESSES; i++) {
            Category category = categories.get(random.nextInt(categories.size()));
            String name = category.label() + " " + SURNAMES[random.nextInt(SURNAMES.length)] + " " + (i + 1);
            String de = category.label() + " in Kaiserslautern: persönliche Beratung, regionale Ware, seit "
                    + (1950 + random.nextInt(70)) + ".";
            String en = "A local " + category.nameEn().toLowerCase() + " in Kaiserslautern.";
            String tags = "regional, " + (random.nextBoolean() ? "bio" : "familienbetrieb");
            int place = random.nextInt(codes.size());
            double[] centre = centres.get(place);
            applications.add("{\"name\":" + Admissions.json(name) + ",\"kind\":\"COMMERCIAL\",\"categories\":["
                    + Admissions.json(category.slug())
                    + "],\"street\":"
                    + Admissions.json(STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)))
                    + ",\"postalCode\":" + Admissions.json(codes.get(place)) + ",\"city\":\"Kaiserslautern\""
                    + ",\"latitude\":" + (centre[0] + (random.nextDouble() - 0.5) * 0.03)
                    + ",\"longitude\":" + (centre[1] + (random.nextDouble() - 0.5) * 0.04)
                    + ",\"descriptionDe\":" + Admissions.json(de) + ",\"descriptionEn\":" + Admissions.json(en)
                    + ",\"phone\":" + Admissions.json("0631 " + (100000 + random.nextInt(899999)))
                    + ",\"openingHours\":" + Admissions.json(HOURS[random.nextInt(HOURS.length)]) + ",\"tags\":"
                    + Admissions.json(tags)
                    + ",\"employees\":" + (1 + random.nextInt(20)) + ",\"branches\":1,\"headOfficePostalCode\":"
                    + Admissions.json(codes.get(place)) + "}");
        }
        new Admissions(portal).admit(applications);
        try (Connection db = portal.connection();
                Statement s = db.createStatement()) {
            // what autovacuum does after a bulk load
            s.execute("analyze directory_business");
            s.execute("analyze directory_business_category");
        }
        return BUSINESSES;
    }

    /** A sub-category a business can apply with: its slug, and its names for the generated texts. */
    private record Category(String slug, String label, String nameEn) {}

    private static List<Category> categories(Connection db) throws Exception {
        List<Category> categories = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "select slug, name_de, name_en from directory_category where parent_id is not null")) {
            while (r.next()) {
                String label = r.getString(2);
                categories.add(new Category(
                        r.getString(1),
                        label.endsWith("en") ? label.substring(0, label.length() - 2) : label,
                        r.getString(3)));
            }
        }
        return categories;
    }
}

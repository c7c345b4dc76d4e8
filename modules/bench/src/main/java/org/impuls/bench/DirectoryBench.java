package org.impuls.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.impuls.core.api.GermanText;

/**
 * Directory search with 10,000 businesses: loads them straight into the database (with the search keys
 * the portal computes), then times typical searches over HTTP, one after another. Target: p95 under 50 ms.
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

    /** Inserts the businesses in batches, as the admission would have left them: approved, categorised, indexed. */
    private int load() throws Exception {
        try (Connection db = portal.connection()) {
            db.setAutoCommit(false);
            List<Category> categories = categories(db);
            List<double[]> centres = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("select code, latitude, longitude from directory_postal_code")) {
                while (r.next()) {
                    codes.add(r.getString(1));
                    centres.add(new double[] {r.getDouble(2), r.getDouble(3)});
                }
            }
            Random random = new Random(42);
            try (PreparedStatement business = db.prepareStatement(
                            "insert into directory_business (id, slug, name, kind, status, "
                                    + "description_de, description_en, street, postal_code, city, latitude, longitude, phone, opening_hours, search_key, "
                                    + "created_at, tags, employee_count, branch_count, head_office_postal_code) "
                                    + "values (?, ?, ?, 'COMMERCIAL', 'APPROVED', ?, ?, ?, ?, 'Kaiserslautern', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
                    PreparedStatement link = db.prepareStatement(
                            "insert into directory_business_category (business_id, category_id) values (?, ?)")) {
                for (int i = 0; i < BUSINESSES; i++) {
                    long id = 1_000_000L + i;
                    Category category = categories.get(random.nextInt(categories.size()));
                    String name = category.label() + " " + SURNAMES[random.nextInt(SURNAMES.length)] + " " + (i + 1);
                    String de = category.label() + " in Kaiserslautern: persönliche Beratung, regionale Ware, seit "
                            + (1950 + random.nextInt(70)) + ".";
                    String en = "A local " + category.nameEn().toLowerCase() + " in Kaiserslautern.";
                    String tags = "regional, " + (random.nextBoolean() ? "bio" : "familienbetrieb");
                    int place = random.nextInt(codes.size());
                    double[] centre = centres.get(place);
                    business.setLong(1, id);
                    business.setString(2, "bench-" + i);
                    business.setString(3, name);
                    business.setString(4, de);
                    business.setString(5, en);
                    business.setString(6, STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)));
                    business.setString(7, codes.get(place));
                    business.setDouble(8, centre[0] + (random.nextDouble() - 0.5) * 0.03);
                    business.setDouble(9, centre[1] + (random.nextDouble() - 0.5) * 0.04);
                    business.setString(10, "0631 " + (100000 + random.nextInt(899999)));
                    business.setString(11, HOURS[random.nextInt(HOURS.length)]);
                    business.setString(
                            12,
                            GermanText.searchKey(String.join(
                                    " ",
                                    name,
                                    category.searchText(),
                                    tags.replace(',', ' '),
                                    "Kaiserslautern",
                                    de,
                                    en)));
                    business.setTimestamp(13, Timestamp.from(Instant.now()));
                    business.setString(14, tags);
                    business.setInt(15, 1 + random.nextInt(20));
                    business.setString(16, codes.get(place));
                    business.addBatch();
                    link.setLong(1, id);
                    link.setLong(2, category.id());
                    link.addBatch();
                    if (i % 1000 == 999) {
                        business.executeBatch();
                        link.executeBatch();
                    }
                }
                business.executeBatch();
                link.executeBatch();
            }
            db.commit();
            try (Statement s = db.createStatement()) {
                s.execute("analyze directory_business");
                s.execute("analyze directory_business_category");
            }
            db.commit();
        }
        return BUSINESSES;
    }

    /** A category a business can have, with the text the portal indexes for it (its names and its parent's). */
    private record Category(long id, String label, String nameEn, String searchText) {}

    private static List<Category> categories(Connection db) throws Exception {
        List<Category> categories = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "select c.id, c.name_de, c.name_en, coalesce(p.name_de || ' ' || p.name_en, '') from directory_category c "
                                + "left join directory_category p on p.id = c.parent_id where c.parent_id is not null")) {
            while (r.next()) {
                String label = r.getString(2);
                categories.add(new Category(
                        r.getLong(1),
                        label.endsWith("en") ? label.substring(0, label.length() - 2) : label,
                        r.getString(3),
                        r.getString(2) + " " + r.getString(3) + " " + r.getString(4)));
            }
        }
        return categories;
    }
}

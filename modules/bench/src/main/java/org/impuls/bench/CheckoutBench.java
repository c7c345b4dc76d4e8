package org.impuls.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkout (#17) on the shop's catalogue (loaded as {@link ShopBench} loads it, run with {@code -Dbench.merchants=20}):
 * 16 buyers, each with carts of 4 lines of 3 merchants filled beforehand, placing them one after the other with
 * {@code POST /api/shop/carts/{id}/checkout} (pay at pick-up, a fresh Idempotency-Key each); only the checkout request
 * is timed. Targets: at least 100 orders/s, checkout p95 under 150 ms. Next to it {@code /api/platform/ping} under the
 * same 16 clients in the same run. Then the contended case: all 16 buyers at once after the last 5 units of one variant,
 * a few rounds; exactly the stock must be placed, the rest sold out, else the bench stops.
 */
final class CheckoutBench {

    private static final int BUYERS = 16;
    private static final int CARTS_PER_BUYER = Integer.getInteger("bench.checkoutsPerBuyer", 50);
    private static final int ROUNDS = Integer.getInteger("bench.contendedRounds", 5);
    private static final int LAST_UNITS = Integer.getInteger("bench.lastUnits", 5);
    private static final Duration PING_TIME = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    /** jstack samples of the portal, one a second, during the timed phases (0: none): into the work folder. */
    private static final int SAMPLES = Integer.getInteger("bench.jstack", 0);

    private static final int LINES = 4;
    private static final int MERCHANTS_PER_CART = 3;
    private static final double ORDERS_TARGET = 100;
    private static final double P95_TARGET_MS = 150;

    private static final Pattern CART_ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"");
    private static final Pattern PRODUCT_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern BUSINESS = Pattern.compile("\"businessId\":(\\d+)");
    private static final Pattern SLOTS = Pattern.compile("\"slots\":\\[(\"[^\\]]+)\\]");

    private final BenchPortal portal;
    private final ShopBench shop;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Per merchant, its variants on sale; each with the units the bench may still put into carts. */
    private final Map<Long, List<Long>> variants = new LinkedHashMap<>();

    private final Map<Long, Integer> units = new HashMap<>();
    private final Random random = new Random(17);
    private String merchantToken;

    /** A cart ready to be checked out: its id and the body (its merchants, each with a pick-up slot). */
    private record Ready(String cart, String body) {}

    CheckoutBench(BenchPortal portal, ShopBench shop) {
        this.portal = portal;
        this.shop = shop;
    }

    void run() throws Exception {
        long started = System.nanoTime();
        long[] loaded = shop.load();
        findVariants();
        merchantToken = portal.token("kunde@impuls.example", "kunde-demo");
        System.out.printf(
                "%n== checkout: %d merchants, %d products (%d variants) ready after %.1f s; portal pid %d%n",
                ShopBench.MERCHANTS, loaded[0], loaded[1], (System.nanoTime() - started) / 1e9, portal.pid());
        uncontended();
        contended();
    }

    /** 16 buyers placing prepared carts back to back; orders/s over the whole timed phase. */
    private void uncontended() throws Exception {
        List<List<Ready>> warmUp = prepare(BUYERS, 3);
        place(warmUp, null);
        long filling = System.nanoTime();
        List<List<Ready>> perBuyer = prepare(BUYERS, CARTS_PER_BUYER);
        System.out.printf(
                "-- %d carts (%d lines of %d merchants each, pick-up and pay at pick-up) filled in %.1f s, not timed;"
                        + " load average %s%n",
                BUYERS * CARTS_PER_BUYER, LINES, MERCHANTS_PER_CART, (System.nanoTime() - filling) / 1e9, load());
        double ping = Throughput.measure(portal.baseUrl() + "/api/platform/ping", BUYERS, PING_TIME);
        Latencies latencies = new Latencies();
        Sampler sampler = Sampler.start(portal, "uncontended");
        long start = System.nanoTime();
        int[] counts = place(perBuyer, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.stop();
        double perSecond = counts[0] / seconds;
        System.out.printf("%-45s %s%n", "POST …/checkout, " + BUYERS + " buyers, uncontended", latencies.summary());
        System.out.printf(
                "orders placed %d in %.1f s: %.0f orders/s (target at least %.0f: %s); checkout p95 %.1f ms (target"
                        + " under %.0f ms: %s)%n",
                counts[0],
                seconds,
                perSecond,
                ORDERS_TARGET,
                perSecond >= ORDERS_TARGET ? "met" : "NOT met",
                latencies.percentileMillis(95),
                P95_TARGET_MS,
                latencies.percentileMillis(95) < P95_TARGET_MS ? "met" : "NOT met");
        System.out.printf(
                "/api/platform/ping, %d clients, %d s, same run: %.0f req/s (orders/s are %.3f of it); load average %s%n",
                BUYERS, PING_TIME.toSeconds(), ping, perSecond / ping, load());
        if (counts[1] > 0) {
            throw new IllegalStateException(counts[1] + " uncontended checkouts failed; see above");
        }
    }

    /** Each buyer's carts one after the other; {placed, failed}. Latencies of the placed ones when given. */
    private int[] place(List<List<Ready>> perBuyer, Latencies latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perBuyer.size());
        AtomicLong failed = new AtomicLong();
        AtomicLong placed = new AtomicLong();
        try {
            List<Future<Latencies>> running = new ArrayList<>();
            for (List<Ready> carts : perBuyer) {
                running.add(pool.submit(() -> {
                    Latencies own = new Latencies();
                    for (Ready ready : carts) {
                        long start = System.nanoTime();
                        HttpResponse<String> answer = checkout(ready);
                        long took = System.nanoTime() - start;
                        if (answer.statusCode() == 201) {
                            own.add(took);
                            placed.incrementAndGet();
                        } else if (failed.incrementAndGet() <= 3) {
                            System.out.printf("  checkout answered %d: %s%n", answer.statusCode(), answer.body());
                        }
                    }
                    return own;
                }));
            }
            for (Future<Latencies> buyer : running) {
                Latencies own = buyer.get();
                if (latencies != null) {
                    latencies.addAll(own);
                }
            }
        } finally {
            pool.shutdown();
        }
        return new int[] {(int) placed.get(), (int) failed.get()};
    }

    /**
     * Rounds of all 16 buyers at once for the last units of one new variant (each cart holds it and two lines of two
     * other merchants): exactly the stock is placed, the others get 409 naming the product; anything else stops the run.
     */
    private void contended() throws Exception {
        Latencies placedTimes = new Latencies();
        Latencies soldOutTimes = new Latencies();
        int placedAll = 0;
        int soldOutAll = 0;
        Sampler sampler = Sampler.start(portal, "contended");
        for (int round = 1; round <= ROUNDS; round++) {
            long merchant = new ArrayList<>(variants.keySet()).get(round % variants.size());
            String title = "Letzter Stollen " + round;
            long scarce = lastUnits(merchant, title, LAST_UNITS);
            List<Ready> carts = new ArrayList<>();
            for (int b = 0; b < BUYERS; b++) {
                List<Long> lines = new ArrayList<>(choose(2, 2, merchant));
                lines.add(scarce);
                carts.add(ready(lines));
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
            List<Future<long[]>> answers = new ArrayList<>();
            for (Ready ready : carts) {
                answers.add(pool.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    HttpResponse<String> answer = checkout(ready);
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() == 409 && !answer.body().contains(title)) {
                        throw new IllegalStateException(
                                "a sold-out answer that does not name " + title + ": " + answer.body());
                    }
                    if (answer.statusCode() != 201 && answer.statusCode() != 409) {
                        throw new IllegalStateException(
                                "checkout answered " + answer.statusCode() + ": " + answer.body());
                    }
                    return new long[] {answer.statusCode(), took};
                }));
            }
            go.countDown();
            int placed = 0;
            int soldOut = 0;
            for (Future<long[]> answer : answers) {
                long[] a = answer.get();
                if (a[0] == 201) {
                    placed++;
                    placedTimes.add(a[1]);
                } else {
                    soldOut++;
                    soldOutTimes.add(a[1]);
                }
            }
            pool.shutdown();
            long[] written = written(scarce);
            System.out.printf(
                    "round %d: %d buyers for the last %d units of variant %d: %d placed, %d sold out; in the database"
                            + " %d order lines, %d units reserved%n",
                    round, BUYERS, LAST_UNITS, scarce, placed, soldOut, written[0], written[1]);
            if (placed != LAST_UNITS || written[0] != LAST_UNITS || written[1] != LAST_UNITS) {
                throw new IllegalStateException((placed > LAST_UNITS || written[1] > LAST_UNITS ? "OVERSOLD: " : "")
                        + placed + " orders placed and " + written[1] + " units reserved for the last " + LAST_UNITS
                        + " units of variant " + scarce + " (exactly " + LAST_UNITS + " expected)");
            }
            placedAll += placed;
            soldOutAll += soldOut;
        }
        sampler.stop();
        System.out.printf(
                "contended: %d rounds, %d placed (exactly the stock, %d a round), %d sold out (409 naming the"
                        + " product): none oversold; load average %s%n",
                ROUNDS, placedAll, LAST_UNITS, soldOutAll, load());
        System.out.printf("%-45s %s%n", "POST …/checkout, contended, placed", placedTimes.summary());
        System.out.printf("%-45s %s%n", "POST …/checkout, contended, sold out", soldOutTimes.summary());
        Latencies all = new Latencies();
        all.addAll(placedTimes);
        all.addAll(soldOutTimes);
        System.out.printf(
                "%-45s %s (target p95 under %.0f ms: %s)%n",
                "POST …/checkout, contended, all",
                all.summary(),
                P95_TARGET_MS,
                all.percentileMillis(95) < P95_TARGET_MS ? "met" : "NOT met");
    }

    private HttpResponse<String> checkout(Ready ready) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/shop/carts/" + ready.cart() + "/checkout"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Accept-Language", "de")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(ready.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code carts} carts for each of {@code buyers} buyers, filled by 16 clients at once. */
    private List<List<Ready>> prepare(int buyers, int carts) throws Exception {
        List<List<Long>> contents = new ArrayList<>();
        for (int i = 0; i < buyers * carts; i++) {
            contents.add(choose(LINES, MERCHANTS_PER_CART, -1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        try {
            List<Future<Ready>> filled = new ArrayList<>();
            for (List<Long> lines : contents) {
                filled.add(pool.submit(() -> ready(lines)));
            }
            List<List<Ready>> perBuyer = new ArrayList<>();
            for (int b = 0; b < buyers; b++) {
                List<Ready> own = new ArrayList<>();
                for (int c = 0; c < carts; c++) {
                    own.add(filled.get(b * carts + c).get());
                }
                perBuyer.add(own);
            }
            return perBuyer;
        } finally {
            pool.shutdown();
        }
    }

    /** A new cart with one unit of each variant, and its checkout body with a pick-up slot the cart offers each merchant. */
    private Ready ready(List<Long> lines) throws Exception {
        String cart = match(CART_ID, portal.send("POST", "/api/shop/carts", null, "application/json", ""));
        for (long variant : lines) {
            portal.send(
                    "POST",
                    "/api/shop/carts/" + cart + "/lines",
                    null,
                    "application/json",
                    "{\"variantId\":" + variant + ",\"quantity\":1}");
        }
        String options = portal.get("/api/shop/carts/" + cart + "/delivery-options?postalCode=67655");
        List<String> deliveries = new ArrayList<>();
        // one chunk per merchant, from its businessId to the next one's
        Matcher business = BUSINESS.matcher(options);
        List<int[]> starts = new ArrayList<>();
        while (business.find()) {
            starts.add(new int[] {business.start(), Integer.parseInt(business.group(1))});
        }
        for (int i = 0; i < starts.size(); i++) {
            String chunk = options.substring(
                    starts.get(i)[0], i + 1 < starts.size() ? starts.get(i + 1)[0] : options.length());
            Matcher slots = SLOTS.matcher(chunk);
            if (!slots.find()) {
                throw new IllegalStateException("no pick-up slots for business " + starts.get(i)[1] + ": " + chunk);
            }
            String[] offered = slots.group(1).replace("\"", "").split(",");
            // a slot from the middle: the earliest ones pass while the bench runs
            String slot = offered[offered.length / 2];
            deliveries.add(
                    "{\"businessId\":" + starts.get(i)[1] + ",\"method\":\"PICKUP\",\"pickupAt\":\"" + slot + "\"}");
        }
        String body = "{\"email\":\"bench-buyer@impuls.example\",\"phone\":\"+49 631 123456\",\"billingAddress\":"
                + "{\"name\":\"Erika Muster\",\"street\":\"Marktstraße 5\",\"postalCode\":\"67655\","
                + "\"city\":\"Kaiserslautern\",\"country\":\"DE\"},\"deliveries\":[" + String.join(",", deliveries)
                + "],\"paymentMethod\":\"pay-at-pickup\",\"acceptTerms\":true,\"acceptSellerTerms\":true}";
        return new Ready(cart, body);
    }

    /** A new product of the merchant with one variant of which {@code stock} units are left (the back office's REST). */
    private long lastUnits(long merchant, String title, int stock) throws Exception {
        String category;
        try (Connection db = portal.connection();
                PreparedStatement query =
                        db.prepareStatement("select slug from shop_category where parent_id is not null limit 1");
                ResultSet r = query.executeQuery()) {
            r.next();
            category = r.getString(1);
        }
        String created = portal.send(
                "POST",
                "/api/shop/backoffice/products",
                merchantToken,
                "application/json",
                "{\"businessId\":" + merchant + ",\"titleDe\":\"" + title + "\",\"titleEn\":\"" + title
                        + "\",\"category\":\"" + category + "\",\"food\":true,\"optionNames\":[],\"pickup\":true,"
                        + "\"variants\":[{\"sku\":\"LAST-"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"optionValues\":[],\"priceCents\":1890,\"vatRate\":7,\"stock\":" + stock + "}]}");
        long product = Long.parseLong(match(PRODUCT_ID, created));
        try (Connection db = portal.connection();
                PreparedStatement query = db.prepareStatement("select id from shop_variant where product_id = ?")) {
            query.setLong(1, product);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** {order lines, units reserved} of the variant, as PostgreSQL has them. */
    private long[] written(long variant) throws Exception {
        try (Connection db = portal.connection();
                PreparedStatement query = db.prepareStatement("select (select count(*) from shop_order_line where"
                        + " variant_id = ?), (select reserved from shop_variant_stock where variant_id = ?)")) {
            query.setLong(1, variant);
            query.setLong(2, variant);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    /**
     * {@code lines} distinct variants of {@code merchants} random merchants (not {@code except}), one unit each, taken
     * from what the bench may still put into carts, so that no checkout runs out of stock.
     */
    private synchronized List<Long> choose(int lines, int merchants, long except) {
        List<Long> sellers = new ArrayList<>(variants.keySet());
        sellers.remove(Long.valueOf(except));
        Collections.shuffle(sellers, random);
        List<Long> chosen = new ArrayList<>();
        for (int m = 0; m < merchants; m++) {
            List<Long> own = new ArrayList<>(variants.get(sellers.get(m)));
            Collections.shuffle(own, random);
            int count = lines / merchants + (m < lines % merchants ? 1 : 0);
            for (long variant : own) {
                if (count == 0) {
                    break;
                }
                if (units.get(variant) > 0) {
                    units.merge(variant, -1, Integer::sum);
                    chosen.add(variant);
                    count--;
                }
            }
            if (count > 0) {
                throw new IllegalStateException("merchant " + sellers.get(m) + " has run out of stock for the bench;"
                        + " raise -Dbench.productsPerMerchant or lower -Dbench.checkoutsPerBuyer");
            }
        }
        return chosen;
    }

    /** The loaded merchants' variants on sale and in stock, each with its units to spare. */
    private void findVariants() throws Exception {
        try (Connection db = portal.connection();
                PreparedStatement query = db.prepareStatement("select v.id, p.business_id, s.on_hand - s.reserved"
                        + " from shop_variant v join shop_product p on p.id = v.product_id"
                        + " join shop_variant_stock s on s.variant_id = v.id"
                        + " where p.business_id = any(?) and p.status = 'ACTIVE' and v.availability = 'ACTIVE'"
                        + " and s.on_hand - s.reserved >= 1 order by v.id")) {
            query.setArray(
                    1,
                    db.createArrayOf(
                            "bigint", Arrays.stream(shop.merchants()).boxed().toArray()));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    variants.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                            .add(r.getLong(1));
                    units.put(r.getLong(1), r.getInt(3));
                }
            }
        }
        variants.values().removeIf(own -> own.size() < LINES);
        if (variants.size() < MERCHANTS_PER_CART + 1) {
            throw new IllegalStateException("too few merchants with variants in stock; raise -Dbench.merchants");
        }
    }

    /** The machine's load average (1, 5, 15 minutes), as {@code uptime} shows it. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String match(Pattern pattern, String json) {
        Matcher found = pattern.matcher(json);
        if (!found.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return found.group(1);
    }

    /** With {@code -Dbench.jstack=N}: N thread dumps of the portal, one a second, into the work folder. */
    private static final class Sampler {

        private final Thread thread;

        private Sampler(Thread thread) {
            this.thread = thread;
        }

        static Sampler start(BenchPortal portal, String phase) {
            Thread thread = new Thread(() -> {
                Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
                for (int i = 0; i < SAMPLES && !Thread.currentThread().isInterrupted(); i++) {
                    try {
                        Path out = portal.dataDir().resolveSibling("jstack-" + phase + "-" + i + ".txt");
                        new ProcessBuilder(jstack.toString(), String.valueOf(portal.pid()))
                                .redirectOutput(out.toFile())
                                .redirectErrorStream(true)
                                .start()
                                .waitFor();
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    } catch (java.io.IOException e) {
                        System.out.println("  (jstack failed: " + e.getMessage() + ")");
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            if (SAMPLES > 0) {
                thread.start();
            }
            return new Sampler(thread);
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }
}

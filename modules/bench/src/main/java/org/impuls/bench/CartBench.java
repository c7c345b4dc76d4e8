package org.impuls.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cart (#16) on the shop's catalogue (loaded as {@link ShopBench} loads it): the latency of adding to the cart,
 * {@code POST /api/shop/carts/{id}/lines}, into fresh carts and carts growing to 20 lines of four merchants (target
 * p95 under 20 ms); and the cart page's requests per second under 32 clients, each with its own cart of 10 lines of
 * three merchants, next to {@code /api/platform/ping} in the same run (target at least 0.3 of it). The cart page is
 * {@code GET /warenkorb} with the cart cookie ({@code -Dbench.cartCookie=}) where the branch has it; where it answers
 * 404 the cart's REST read {@code GET /api/shop/carts/{id}} is measured instead, and the output says which.
 */
final class CartBench {

    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final Duration LOAD_TIME = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
    private static final String COOKIE = System.getProperty("bench.cartCookie", "impuls_cart");
    private static final int CLIENTS = 32;
    private static final String TEMPLATE_PAGE = System.getProperty("bench.templatePage", "/suche");
    private static final int GROWN_LINES = 20;
    private static final int GROWN_MERCHANTS = 4;
    private static final int PAGE_LINES = 10;
    private static final int PAGE_MERCHANTS = 3;
    private static final double ADD_TARGET_MS = 20;
    private static final double RATIO_TARGET = 0.3;
    private static final String FRESH = "into a fresh cart (its first line)";
    private static final String FEW = "a new line, 1-9 lines in the cart";
    private static final String MANY = "a new line, 10-19 lines in the cart";
    private static final String AGAIN = "to an existing line, 20 lines in the cart";
    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"");
    private static final Pattern PRODUCT = Pattern.compile("\"productId\":(\\d+)");

    private final BenchPortal portal;
    private final ShopBench shop;
    /** Per merchant, variants on sale with at least 4 to buy: 2 added, 1 more added again, with one to spare. */
    private final Map<Long, List<Long>> variants = new LinkedHashMap<>();

    private final Random random = new Random(16);

    CartBench(BenchPortal portal, ShopBench shop) {
        this.portal = portal;
        this.shop = shop;
    }

    void run() throws Exception {
        long started = System.nanoTime();
        long[] loaded = shop.load();
        findVariants();
        System.out.printf(
                "%n== cart: %d merchants, %d products (%d variants) ready after %.1f s; %d merchants with %d variants"
                        + " to add%n",
                ShopBench.MERCHANTS,
                loaded[0],
                loaded[1],
                (System.nanoTime() - started) / 1e9,
                variants.size(),
                variants.values().stream().mapToInt(List::size).sum());
        measureAdds();
        measureCartReads();
    }

    /**
     * Sequential adds, one client: each measured cart grows to 20 lines of 4 merchants, then adds to 2 lines again;
     * once with the default answer (the whole cart), once with {@code Prefer: return=minimal} (the line and the item
     * count, what the storefront's "In den Warenkorb" does), and the storefront's form post itself.
     */
    private void measureAdds() throws Exception {
        for (int i = 0; i < 5; i++) {
            for (Add way : Add.values()) {
                fill(GROWN_LINES, GROWN_MERCHANTS, null, way); // warm-up, not measured
            }
        }
        int carts = Math.max(10, RUNS / 5);
        Map<Add, Latencies> overall = new LinkedHashMap<>();
        for (Add way : Add.values()) {
            Map<String, Latencies> byKind = new LinkedHashMap<>();
            for (String kind : List.of(FRESH, FEW, MANY, AGAIN)) {
                byKind.put(kind, new Latencies());
            }
            for (int c = 0; c < carts; c++) {
                fill(GROWN_LINES, GROWN_MERCHANTS, byKind, way);
            }
            Latencies all = new Latencies();
            System.out.printf("-- adding to the cart, %s, %d carts, one client:%n", way.what, carts);
            for (Map.Entry<String, Latencies> kind : byKind.entrySet()) {
                all.addAll(kind.getValue());
                System.out.printf("%-45s %s%n", kind.getKey(), kind.getValue().summary());
            }
            System.out.printf("%-45s %s%n", "all adds", all.summary());
            overall.put(way, all);
        }
        for (Add way : Add.values()) {
            double p95 = overall.get(way).percentileMillis(95);
            System.out.printf(
                    "add to cart target p95 < %.0f ms, %s: p95 %.1f ms, %s%n",
                    ADD_TARGET_MS, way.what, p95, p95 < ADD_TARGET_MS ? "met" : "NOT met");
        }
    }

    /** The three ways of adding that are measured. */
    private enum Add {
        WHOLE_CART("POST /api/shop/carts/{id}/lines answering the cart"),
        MINIMAL("POST /api/shop/carts/{id}/lines, Prefer: return=minimal"),
        STOREFRONT("the storefront's button, POST /warenkorb/hinzufuegen (303)");

        final String what;

        Add(String what) {
            this.what = what;
        }
    }

    /**
     * A new cart with {@code lines} distinct variants of {@code merchants} merchants, added in a shuffled order (1 or 2
     * of each); timed into {@code byKind} when given, which also adds to two of its lines again. Returns {id, one
     * product id of it}.
     */
    private String[] fill(int lines, int merchants, Map<String, Latencies> byKind, Add way) throws Exception {
        String cart = match(ID, portal.send("POST", "/api/shop/carts", null, "application/json", ""));
        List<Long> chosen = choose(lines, merchants);
        for (int i = 0; i < chosen.size(); i++) {
            long start = System.nanoTime();
            add(way, cart, chosen.get(i), 1 + random.nextInt(2));
            long took = System.nanoTime() - start;
            if (byKind != null) {
                byKind.get(i == 0 ? FRESH : i < 10 ? FEW : MANY).add(took);
            }
        }
        if (byKind != null) {
            for (int again = 0; again < 2; again++) {
                long start = System.nanoTime();
                add(way, cart, chosen.get(random.nextInt(chosen.size())), 1);
                byKind.get(AGAIN).add(System.nanoTime() - start);
            }
        }
        return new String[] {cart, match(PRODUCT, portal.get("/api/shop/carts/" + cart))};
    }

    /** One add; anything but the expected answer stops the run. */
    private void add(Add way, String cart, long variant, int quantity) throws Exception {
        HttpRequest.Builder request;
        int expected;
        if (way == Add.STOREFRONT) {
            request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/warenkorb/hinzufuegen"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", portal.baseUrl())
                    .header("Cookie", COOKIE + "=" + cart)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "variant=" + variant + "&quantity=" + quantity + "&back=%2Fprodukte"));
            expected = 303;
        } else {
            request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/shop/carts/" + cart + "/lines"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"variantId\":" + variant + ",\"quantity\":" + quantity + "}"));
            if (way == Add.MINIMAL) {
                request.header("Prefer", "return=minimal");
            }
            expected = 201;
        }
        HttpResponse<String> answer = portal.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != expected || (way == Add.STOREFRONT && !location.contains("cart=added"))) {
            throw new IllegalStateException(
                    way.what + " answered " + answer.statusCode() + " " + location + ": " + answer.body());
        }
    }

    /** Distinct variants spread over distinct random merchants (as even as the count allows), shuffled. */
    private List<Long> choose(int lines, int merchants) {
        List<Long> sellers = new ArrayList<>(variants.keySet());
        Collections.shuffle(sellers, random);
        List<Long> chosen = new ArrayList<>();
        for (int m = 0; m < merchants; m++) {
            List<Long> own = new ArrayList<>(variants.get(sellers.get(m)));
            Collections.shuffle(own, random);
            int count = lines / merchants + (m < lines % merchants ? 1 : 0);
            chosen.addAll(own.subList(0, count));
        }
        Collections.shuffle(chosen, random);
        return chosen;
    }

    /**
     * 32 clients, each reading its own cart of 10 lines as fast as answers come, next to the ping; the cart page when
     * the branch has one, else the cart's REST read.
     */
    private void measureCartReads() throws Exception {
        List<String[]> carts = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            carts.add(fill(PAGE_LINES, PAGE_MERCHANTS, null, Add.MINIMAL));
        }
        HttpResponse<String> probe = page(carts.get(0)[0], List.of());
        boolean page = probe.statusCode() == 200;
        if (page) {
            System.out.printf(
                    "-- measured: GET /warenkorb, the cart page (HTML) with the cart cookie %s=<id>%n", COOKIE);
            if (!probe.body().contains("/produkte/" + carts.get(0)[1])) {
                System.out.printf(
                        "   WARNING: the page does not link the cart's product %s: is the cart cookie named %s?"
                                + " (-Dbench.cartCookie=)%n",
                        carts.get(0)[1], COOKIE);
            }
        } else {
            System.out.printf(
                    "-- measured: GET /api/shop/carts/{id}, the cart's REST read (GET /warenkorb answered %d: no cart"
                            + " page on this branch)%n",
                    probe.statusCode());
        }
        List<HttpRequest> requests = new ArrayList<>();
        for (String[] cart : carts) {
            requests.add(page ? pageRequest(cart[0]) : apiRequest(cart[0]));
        }
        String what = page ? "GET /warenkorb" : "GET /api/shop/carts/{id}";
        Latencies alone = new Latencies();
        for (int i = 0; i < RUNS; i++) {
            HttpRequest request = requests.get(i % requests.size());
            long start = System.nanoTime();
            HttpResponse<Void> answer = portal.http().send(request, HttpResponse.BodyHandlers.discarding());
            alone.add(System.nanoTime() - start);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + answer.statusCode());
            }
        }
        System.out.printf("%-45s %s%n", what + ", one client", alone.summary());
        Throughput.measure(requests, Duration.ofSeconds(3)); // warm-up
        double ping = Throughput.measure(portal.baseUrl() + "/api/platform/ping", CLIENTS, LOAD_TIME);
        Throughput.Result cart = Throughput.measure(requests, LOAD_TIME);
        System.out.printf(
                "%-45s %s%n",
                what + ", " + CLIENTS + " clients", cart.latencies().summary());
        double ratio = cart.perSecond() / ping;
        System.out.printf(
                "throughput, %d clients (each its own cart of %d lines of %d merchants), %d s each:"
                        + " /api/platform/ping %.0f req/s, %s %.0f req/s, ratio %.2f (target at least %.1f: %s)%n",
                CLIENTS,
                PAGE_LINES,
                PAGE_MERCHANTS,
                LOAD_TIME.toSeconds(),
                ping,
                what,
                cart.perSecond(),
                ratio,
                RATIO_TARGET,
                ratio >= RATIO_TARGET ? "met" : "NOT met");
        if (page) {
            compare(carts);
        }
    }

    /**
     * For reading the page's figure: under the same 32 clients, the cart's REST read (the same data without HTML) and
     * a page of the portal's template with a short text and no data of its own (what every page costs at least).
     */
    private void compare(List<String[]> carts) throws Exception {
        List<HttpRequest> reads = new ArrayList<>();
        for (String[] cart : carts) {
            reads.add(apiRequest(cart[0]));
        }
        HttpRequest template = HttpRequest.newBuilder(URI.create(portal.baseUrl() + TEMPLATE_PAGE))
                .header("Accept-Language", "de")
                .build();
        double rest = Throughput.measure(reads, LOAD_TIME).perSecond();
        double plain = Throughput.measure(Collections.nCopies(CLIENTS, template), LOAD_TIME)
                .perSecond();
        System.out.printf(
                "for comparison, %d clients: GET /api/shop/carts/{id} %.0f req/s, GET %s (the template, an empty search) %.0f"
                        + " req/s%n",
                CLIENTS, rest, TEMPLATE_PAGE, plain);
    }

    /** The cart page as a browser asks it: the cart cookie and the session cookies the page set before. */
    private HttpRequest pageRequest(String cart) throws Exception {
        HttpResponse<String> first = page(cart, List.of());
        List<String> session = first.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .filter(c -> !c.startsWith(COOKIE + "="))
                .toList();
        return pageBuilder(cart, session).build();
    }

    private HttpResponse<String> page(String cart, List<String> cookies) throws Exception {
        return portal.http().send(pageBuilder(cart, cookies).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder pageBuilder(String cart, List<String> cookies) {
        List<String> all = new ArrayList<>(cookies);
        all.add(COOKIE + "=" + cart);
        return HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/warenkorb"))
                .header("Accept-Language", "de")
                .header("Cookie", String.join("; ", all));
    }

    private HttpRequest apiRequest(String cart) {
        return HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/shop/carts/" + cart))
                .header("Accept", "application/json")
                .header("Accept-Language", "de")
                .build();
    }

    /** Per loaded merchant, its variants on sale with at least 4 to buy (or untracked stock). */
    private void findVariants() throws Exception {
        try (Connection db = portal.connection();
                PreparedStatement query = db.prepareStatement("select v.id, p.business_id from shop_variant v"
                        + " join shop_product p on p.id = v.product_id"
                        + " left join shop_variant_stock s on s.variant_id = v.id"
                        + " where p.business_id = any(?) and p.status = 'ACTIVE' and v.availability = 'ACTIVE'"
                        + " and (s.on_hand is null or s.on_hand - s.reserved >= 4) order by v.id")) {
            query.setArray(
                    1,
                    db.createArrayOf(
                            "bigint", Arrays.stream(shop.merchants()).boxed().toArray()));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    variants.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                            .add(r.getLong(1));
                }
            }
        }
        // a merchant needs enough variants for its share of a 20-line cart
        variants.values().removeIf(own -> own.size() < GROWN_LINES / GROWN_MERCHANTS);
        if (variants.size() < GROWN_MERCHANTS) {
            throw new IllegalStateException("too few merchants with " + GROWN_LINES / GROWN_MERCHANTS
                    + " variants in stock; raise -Dbench.merchants or -Dbench.productsPerMerchant");
        }
    }

    private static String match(Pattern pattern, String json) {
        Matcher found = pattern.matcher(json);
        if (!found.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return found.group(1);
    }
}

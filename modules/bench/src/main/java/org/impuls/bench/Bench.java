package org.impuls.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs benchmark suites against a real portal and prints figures:
 * {@code java -jar modules/bench/target/impuls-bench.jar [directory] [shop] [cart] [checkout] [backup]}. Build first with
 * {@code mvn -B -q -DskipTests package}. Figures depend on the machine; the README lists targets. Bulk data goes in
 * through the portal's own write paths (admission, CSV import); smaller runs with {@code -Dbench.businesses=},
 * {@code -Dbench.merchants=}, {@code -Dbench.productsPerMerchant=}, {@code -Dbench.runs=}, {@code -Dbench.seconds=}.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        List<String> suites = args.length == 0 ? List.of("directory", "shop") : List.of(args);
        Path here = Path.of(Bench.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent();
        Path launcher = Path.of(System.getProperty(
                "impuls.launcher.jar",
                here.resolve("../../launcher/target/impuls.jar").toString()));
        if (!Files.exists(launcher)) {
            throw new IllegalStateException(
                    "no launcher jar at " + launcher + "; build with mvn -B -q -DskipTests package");
        }
        Path work = Files.createTempDirectory("impuls-bench-");
        // the backup command backs up the launcher's embedded database only; the other suites keep the bench's own
        boolean launcherDatabase = suites.contains("backup");
        System.out.println("starting the portal (" + (launcherDatabase ? "the launcher's" : "the bench's")
                + " embedded PostgreSQL, launcher " + launcher.normalize() + "), work folder " + work);
        long started = System.nanoTime();
        try (BenchPortal portal = launcherDatabase
                ? BenchPortal.startOnEmbeddedDatabase(launcher.normalize(), work)
                : BenchPortal.start(launcher.normalize(), work)) {
            System.out.printf(
                    "portal healthy after %.1f s, RSS %d MiB%n",
                    (System.nanoTime() - started) / 1e9, portal.residentKilobytes() / 1024);
            ShopBench shop = new ShopBench(portal); // the cart suite adds to the shop's catalogue (loaded once)
            for (String suite : suites) {
                switch (suite) {
                    case "directory" -> new DirectoryBench(portal).run();
                    case "shop" -> shop.run();
                    case "cart" -> new CartBench(portal, shop).run();
                    case "checkout" -> new CheckoutBench(portal, shop).run();
                    case "backup" ->
                        new BackupBench(
                                        portal,
                                        launcher.normalize(),
                                        work,
                                        suites.indexOf("shop") >= 0
                                                && suites.indexOf("shop") < suites.indexOf("backup"))
                                .run();
                    default ->
                        throw new IllegalArgumentException(
                                "unknown suite " + suite + "; known: directory, shop, cart, checkout, backup");
                }
            }
            System.out.printf("server RSS at the end: %d MiB%n", portal.residentKilobytes() / 1024);
        }
    }
}

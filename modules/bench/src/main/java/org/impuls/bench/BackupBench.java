package org.impuls.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The launcher's {@code backup} and {@code restore} commands as an operator runs them: a backup of the running
 * portal, a restore into a new empty data folder, a portal started there, which must have every product. First
 * with the demo data only (unless products were loaded already), then with the 100,000 products of {@link ShopBench}.
 */
final class BackupBench {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final BenchPortal portal;
    private final Path launcher;
    private final Path work;
    private final boolean productsLoaded;

    BackupBench(BenchPortal portal, Path launcher, Path work, boolean productsLoaded) {
        this.portal = portal;
        this.launcher = launcher;
        this.work = work;
        this.productsLoaded = productsLoaded;
    }

    void run() throws Exception {
        long bulk = ShopBench.MERCHANTS * ShopBench.PRODUCTS_PER_MERCHANT;
        if (!productsLoaded) {
            long demo = round("demo data only");
            long[] loaded = new ShopBench(portal).load();
            System.out.printf("%n(loaded %d products, %d variants for the next round)%n", loaded[0], loaded[1]);
            if (productTotal(portal) != demo + bulk) {
                throw new IllegalStateException(
                        "the portal has " + productTotal(portal) + " products, not " + demo + " + " + bulk);
            }
        }
        round("demo data + " + bulk + " products");
    }

    /** One backup, restore and start on the restored folder; returns the number of products backed up. */
    private long round(String name) throws Exception {
        long expected = productTotal(portal);
        Path round = Files.createTempDirectory(work, "backup-");
        Path backup = round.resolve("backup");
        System.out.printf("%n== backup: %s (%d products)%n", name, expected);
        long started = System.nanoTime();
        command(round, "backup.log", portal.dataDir(), "backup", backup.toString());
        long[] files = sizeAndCount(backup);
        System.out.printf(
                "backup of the running portal: %.1f s, %d MiB in %d files%n",
                seconds(started), files[0] / (1024 * 1024), files[1]);
        Path restored = round.resolve("restored");
        started = System.nanoTime();
        command(round, "restore.log", restored.resolve("data"), "restore", backup.toString());
        System.out.printf("restore into a new empty data folder: %.1f s%n", seconds(started));
        started = System.nanoTime();
        try (BenchPortal restart = BenchPortal.startOnEmbeddedDatabase(launcher, restored)) {
            System.out.printf("portal on the restored folder: /health/ready UP after %.1f s%n", seconds(started));
            long total = productTotal(restart);
            System.out.printf("products on the restored portal: %d (expected %d)%n", total, expected);
            if (total != expected) {
                throw new IllegalStateException("the restored portal has " + total + " products, the backed-up one had "
                        + expected + "; see " + restored.resolve("portal.log"));
            }
        }
        return expected;
    }

    /** Runs {@code java -jar impuls.jar <arguments>} on {@code dataDir}; a non-zero exit stops the bench with its output. */
    private void command(Path round, String log, Path dataDir, String... arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(
                                Stream.of(
                                        Path.of(System.getProperty("java.home"), "bin", "java")
                                                .toString(),
                                        "-jar",
                                        launcher.toString()),
                                Stream.of(arguments))
                        .toList())
                .redirectErrorStream(true)
                .redirectOutput(round.resolve(log).toFile());
        builder.environment().put("IMPULS_DATA_DIR", dataDir.toString());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(
                    String.join(" ", arguments) + " exited with " + exit + ": " + Files.readString(round.resolve(log)));
        }
    }

    private static long productTotal(BenchPortal on) throws IOException, InterruptedException {
        Matcher total = TOTAL.matcher(on.get("/api/shop/products?size=1"));
        if (!total.find()) {
            throw new IllegalStateException("no total in the product search answer");
        }
        return Long.parseLong(total.group(1));
    }

    /** {bytes, files} under {@code folder}. */
    private static long[] sizeAndCount(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            return new long[] {bytes, files.size()};
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.impuls.launcher.FreePort;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's backup and restore commands (#23): {@code backup} of the shared test portal while it runs,
 * a change afterwards, {@code restore} into a new folder, and a portal started there (the one extra start,
 * a child JVM from {@code impuls.jar}) holds the data of the backup's moment and not the change.
 */
@ExtendWith(Portal.class)
class BackupRestoreIT {

    private static final Path JAR =
            Path.of("..", "launcher", "target", "impuls.jar").toAbsolutePath().normalize();

    private Path work;
    private Process restoredPortal;
    private Database shared;
    private Path made;

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        if (shared != null) {
            shared.update("drop table if exists backup_it_before");
            shared.update("drop table if exists backup_it_after");
        }
        if (restoredPortal != null) {
            restoredPortal.destroy(); // SIGTERM: the portal stops its PostgreSQL
            restoredPortal.waitFor(60, TimeUnit.SECONDS);
            restoredPortal.destroyForcibly();
        }
        for (Path folder : new Path[] {work, made}) { // a backup of the demo data is some 60 MB
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(file -> file.toFile().delete());
                }
            }
        }
    }

    @Test
    void aBackupMadeWhileThePortalRunsRestoresIntoANewFolderWithoutLaterChanges(
            RunningPortal portal, Database database, Http http) throws Exception {
        assertThat(JAR).as("built by mvn package of modules/launcher").exists();
        shared = database;
        work = Files.createTempDirectory("impuls-backup-");
        Path media = Files.createDirectories(portal.dataDir().resolve("media").resolve("backup-it"));
        byte[] picture = new byte[200_000];
        new Random(23).nextBytes(picture);
        Files.write(media.resolve("picture.bin"), picture);
        database.update("create table backup_it_before (name text)");
        database.update("insert into backup_it_before values ('from before the backup')");
        String products = database.single("select count(*) from shop_product");
        String accounts = database.single("select count(*) from account");

        long begin = System.nanoTime();
        Process backup = command(portal.dataDir(), "backup.log", "backup"); // into <data dir>/backups/<time>
        assertThat(backup.waitFor(3, TimeUnit.MINUTES)).isTrue();
        long backupMs = (System.nanoTime() - begin) / 1_000_000;
        assertThat(backup.exitValue()).as(read("backup.log")).isZero();
        try (Stream<Path> backups = Files.list(portal.dataDir().resolve("backups"))) {
            made = backups.max(Comparator.naturalOrder()).orElseThrow();
        }
        String manifest = Files.readString(made.resolve("manifest.json"));
        assertThat(manifest).contains("\"schemaVersions\": {\"core\": ", "\"shop\": ", "media/backup-it/picture.bin");

        assertThat(http.get("/admin/core/backups.xhtml", "Cookie", http.logIn(Applicants.OPERATOR, "operator-demo"))
                        .body())
                .as("the operator's admin lists it")
                .contains(made.getFileName().toString(), "complete");

        database.update("create table backup_it_after (name text)");
        database.update("insert into backup_it_before values ('from after the backup')");

        Path restored = work.resolve("restored");
        Process refused = command(portal.dataDir(), "refused.log", "restore", made.toString());
        assertThat(refused.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(1);
        assertThat(read("refused.log"))
                .contains("A portal is running on the data folder")
                .doesNotContain("\tat ");

        begin = System.nanoTime();
        Process restore = command(restored, "restore.log", "restore", made.toString());
        assertThat(restore.waitFor(3, TimeUnit.MINUTES)).isTrue();
        long restoreMs = (System.nanoTime() - begin) / 1_000_000;
        assertThat(restore.exitValue()).as(read("restore.log")).isZero();

        int port = FreePort.find();
        begin = System.nanoTime();
        restoredPortal = portal(restored, port);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!ready(port) && restoredPortal.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        long startMs = (System.nanoTime() - begin) / 1_000_000;
        assertThat(ready(port))
                .as("the restored portal is up; its output:%n%s", read("restored.log"))
                .isTrue();
        System.out.println(read("backup.log").strip());
        System.out.printf(
                "demo data: backup %d ms, restore %d ms, first start of the restored portal %d ms (%s products)%n",
                backupMs, restoreMs, startMs, products);

        String url = "jdbc:postgresql://localhost:" + postgresPort(restored) + "/impuls";
        assertThat(single(url, "select count(*) from shop_product")).isEqualTo(products);
        assertThat(single(url, "select count(*) from account")).isEqualTo(accounts);
        assertThat(single(url, "select string_agg(name, ',') from backup_it_before"))
                .isEqualTo("from before the backup");
        assertThat(single(url, "select count(*) from pg_tables where tablename = 'backup_it_after'"))
                .isEqualTo("0");
        assertThat(sha256(restored.resolve("media/backup-it/picture.bin")))
                .isEqualTo(sha256(media.resolve("picture.bin")));
        Files.delete(media.resolve("picture.bin"));
        Files.delete(media);
    }

    private Process command(Path dataDir, String log, String... args) throws IOException {
        return java(dataDir, Map.of(), log, args);
    }

    private Process portal(Path dataDir, int port) throws IOException {
        return java(dataDir, Map.of("IMPULS_HTTP_PORT", String.valueOf(port), "IMPULS_DEMO", "true"), "restored.log");
    }

    private Process java(Path dataDir, Map<String, String> environment, String log, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-jar",
                JAR.toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().put("IMPULS_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(work.resolve(log).toFile());
        return builder.start();
    }

    private static int postgresPort(Path dataDir) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .get(3)
                .trim());
    }

    private static String single(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "impuls", "impuls");
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private String read(String log) {
        try {
            return Files.readString(work.resolve(log));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean ready(int port) {
        return org.impuls.launcher.Readiness.answersReady("localhost", port, Duration.ofSeconds(20));
    }
}

package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real embedded PostgreSQL backed up while it runs, changed afterwards, restored into a new folder. */
class BackupRestoreTest {

    @TempDir
    Path dir;

    static Settings embeddedOn(Path dataDir) {
        return new Settings(
                8080,
                dataDir,
                Optional.empty(),
                false,
                Path.of("impuls.war"),
                false,
                "text",
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void restoredCopyHoldsWhatWasThereAtTheBackupAndNothingLater() throws Exception {
        Path original = dir.resolve("original");
        Path backup = dir.resolve("backup");
        Files.createDirectories(original.resolve("media/shop"));
        Files.writeString(original.resolve("media/shop/honey.jpg"), "a picture of honey");
        try (PortalLock portal = PortalLock.acquire(original);
                EmbeddedDatabase database = EmbeddedDatabase.start(original)) {
            sql(
                    database.jdbcUrl(),
                    "create table flyway_shop (installed_rank int, version text, success boolean)",
                    "insert into flyway_shop values (1, '3', true), (2, '4', true)",
                    "create table product (name text)",
                    "insert into product values ('before')");

            long begin = System.nanoTime();
            Manifest manifest = Backup.make(embeddedOn(original), backup);
            System.out.printf(
                    "backup of a running embedded database: %d ms, %d files, %d kB%n",
                    (System.nanoTime() - begin) / 1_000_000, manifest.files().size(), manifest.totalSize() / 1024);

            assertThat(manifest.schemaVersions()).containsEntry("shop", "4");
            assertThat(manifest.files())
                    .extracting(Manifest.Entry::path)
                    .contains("postgres/backup_label", "postgres/PG_VERSION", "media/shop/honey.jpg")
                    .doesNotContain("postgres/postmaster.pid", "postgres/epg-lock");
            assertThat(manifest.files()).anyMatch(file -> file.path().startsWith("postgres/pg_wal/0000"));
            sql(database.jdbcUrl(), "insert into product values ('after')");
        }

        Path restored = dir.resolve("restored");
        long begin = System.nanoTime();
        Restore.into(backup, restored, restored.resolve("media"), false);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(restored)) {
            System.out.printf("restore and recovery: %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            assertThat(names(database.jdbcUrl())).containsExactly("before");
        }
        assertThat(Manifest.sha256(restored.resolve("media/shop/honey.jpg")))
                .isEqualTo(Manifest.sha256(original.resolve("media/shop/honey.jpg")));
        assertThat(Manifest.read(backup).orElseThrow().createdAt()).isBefore(Instant.now());
    }

    @Test
    void withoutARunningPortalTheDatabaseIsStartedForTheBackupAndStoppedAgain() throws Exception {
        Path original = Files.createDirectories(dir.resolve("original"));
        try (PortalLock portal = PortalLock.acquire(original);
                EmbeddedDatabase database = EmbeddedDatabase.start(original)) {
            sql(database.jdbcUrl(), "create table product (name text)", "insert into product values ('kept')");
        }

        Backup.make(embeddedOn(original), dir.resolve("backup"));

        assertThat(PostmasterPid.in(original.resolve("postgres"))).isEmpty();
        Path restored = dir.resolve("restored");
        Restore.into(dir.resolve("backup"), restored, restored.resolve("media"), false);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(restored)) {
            assertThat(names(database.jdbcUrl())).containsExactly("kept");
        }
    }

    @Test
    void aFailedBackupLeavesAFailedFileWithTheReason() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-database"));
        Path target = dir.resolve("backups/2026-12-01T02-00-00Z");

        assertThatThrownBy(() -> Backup.make(embeddedOn(empty), target)).isInstanceOf(StartFailure.class);

        assertThat(target.resolve(Backup.FAILED)).content().contains("There is no embedded database in");
        assertThat(target.resolve(Manifest.NAME)).doesNotExist();
    }

    private static void sql(String url, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> names(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from product order by name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}

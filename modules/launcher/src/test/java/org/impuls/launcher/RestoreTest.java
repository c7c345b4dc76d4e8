package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refusals of {@code restore}, on a backup of media only (no database needed). */
class RestoreTest {

    @TempDir
    Path dir;

    private Path backup;
    private Path dataDir;

    @BeforeEach
    void mediaOnlyBackup() throws Exception {
        backup = Files.createDirectories(dir.resolve("backup"));
        Files.createDirectories(backup.resolve("media"));
        Files.writeString(backup.resolve("media/logo.png"), "the backed-up logo");
        Manifest.of(backup, Instant.now(), "test", false, Map.of()).write(backup);
        dataDir = dir.resolve("data");
    }

    @Test
    void restoresIntoAFreshFolder() throws Exception {
        Restore.into(backup, dataDir, dataDir.resolve("media"), false);

        assertThat(dataDir.resolve("media/logo.png")).hasContent("the backed-up logo");
    }

    @Test
    void refusesAFolderWithDataUnlessForced() throws Exception {
        Files.createDirectories(dataDir.resolve("media"));
        Files.writeString(dataDir.resolve("media/current.png"), "today's logo");

        assertThatThrownBy(() -> Restore.into(backup, dataDir, dataDir.resolve("media"), false))
                .isInstanceOf(StartFailure.class)
                .hasMessageContaining("already holds a portal's data")
                .hasMessageContaining("--force");
        assertThat(dataDir.resolve("media/current.png")).exists();

        Restore.into(backup, dataDir, dataDir.resolve("media"), true);
        assertThat(dataDir.resolve("media/current.png")).doesNotExist();
        assertThat(dataDir.resolve("media/logo.png")).hasContent("the backed-up logo");
    }

    @Test
    void refusesWhileAPortalRunsOnTheFolder() throws Exception {
        Files.createDirectories(dataDir);
        try (PortalLock running = PortalLock.acquire(dataDir)) {
            assertThatThrownBy(() -> Restore.into(backup, dataDir, dataDir.resolve("media"), true))
                    .isInstanceOf(StartFailure.class)
                    .hasMessageContaining("A portal is running on the data folder");
        }
        assertThat(dataDir.resolve("media")).doesNotExist();
    }

    @Test
    void refusesADamagedBackupBeforeTouchingAnything() throws Exception {
        Files.createDirectories(dataDir.resolve("media"));
        Files.writeString(dataDir.resolve("media/current.png"), "today's logo");
        Files.writeString(backup.resolve("media/logo.png"), "bit rot");

        assertThatThrownBy(() -> Restore.into(backup, dataDir, dataDir.resolve("media"), true))
                .isInstanceOf(StartFailure.class)
                .hasMessageContaining("damaged: media/logo.png does not match its checksum");
        assertThat(dataDir.resolve("media/current.png")).exists();
    }

    @Test
    void refusesAFolderWithoutManifest() throws Exception {
        Files.delete(backup.resolve(Manifest.NAME));

        assertThatThrownBy(() -> Restore.into(backup, dataDir, dataDir.resolve("media"), false))
                .isInstanceOf(StartFailure.class)
                .hasMessageContaining("is not a complete backup");
    }
}

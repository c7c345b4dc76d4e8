package org.impuls.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    @TempDir
    Path folder;

    @Test
    void listsCompleteFailedAndUnfinishedBackupsNewestFirst() throws Exception {
        Path complete = Files.createDirectories(folder.resolve("2026-11-30T02-00-00Z"));
        Files.writeString(
                complete.resolve("manifest.json"),
                "{\n  \"createdAt\": \"2026-11-30T02:00:00Z\",\n  \"impulsVersion\": \"0.1.0\",\n  \"totalSize\": 52428800,\n}");
        Files.writeString(
                Files.createDirectories(folder.resolve("2026-12-01T02-00-00Z")).resolve("FAILED"),
                "2026-12-01T02:00:03Z The disk is full.\n");
        Files.createDirectories(folder.resolve("2026-12-01T09-00-00Z"));
        Files.createDirectories(folder.resolve("before-migration"));

        assertThat(BackupFolder.list(folder))
                .containsExactly(
                        new BackupEntry("2026-12-01T09-00-00Z", "INCOMPLETE", 0, "", Optional.empty()),
                        new BackupEntry(
                                "2026-12-01T02-00-00Z",
                                "FAILED",
                                0,
                                "",
                                Optional.of("2026-12-01T02:00:03Z The disk is full.")),
                        new BackupEntry("2026-11-30T02-00-00Z", "COMPLETE", 50, "0.1.0", Optional.empty()));
        assertThat(BackupFolder.list(folder.resolve("missing"))).isEmpty();
    }
}

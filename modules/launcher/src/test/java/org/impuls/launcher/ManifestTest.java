package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path backup;

    @Test
    void listsEveryFileWithSizeAndChecksumAndReadsThemBack() throws Exception {
        Files.createDirectories(backup.resolve("media/Bäckerei \"Korn\""));
        Files.writeString(backup.resolve("media/Bäckerei \"Korn\"/brot.jpg"), "abc");
        Files.writeString(backup.resolve("PG_VERSION"), "18\n");
        Instant at = Instant.parse("2026-12-01T02:00:00Z");

        Manifest.of(backup, at, "0.1.0", true, Map.of("core", "7", "shop", "4")).write(backup);

        String json = Files.readString(backup.resolve(Manifest.NAME));
        assertThat(json)
                .contains(
                        "\"impulsVersion\": \"0.1.0\"",
                        "\"schemaVersions\": {\"core\": \"7\", \"shop\": \"4\"}",
                        "\"totalSize\": 6",
                        "\"database\": \"embedded\"",
                        // SHA-256 of "abc"
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Manifest read = Manifest.read(backup).orElseThrow();
        assertThat(read.createdAt()).isEqualTo(at);
        assertThat(read.database()).isTrue();
        assertThat(read.files())
                .extracting(Manifest.Entry::path)
                .containsExactlyInAnyOrder("PG_VERSION", "media/Bäckerei \"Korn\"/brot.jpg");
        assertThat(read.firstDamaged(backup)).isEmpty();
    }

    @Test
    void aChangedOrMissingFileIsDamage() throws Exception {
        Files.writeString(backup.resolve("a"), "one");
        Files.writeString(backup.resolve("b"), "two");
        Manifest.of(backup, Instant.now(), "0.1.0", false, Map.of()).write(backup);
        Manifest read = Manifest.read(backup).orElseThrow();

        Files.writeString(backup.resolve("a"), "ONE");
        assertThat(read.firstDamaged(backup)).contains("a does not match its checksum");
        Files.writeString(backup.resolve("a"), "one");
        Files.delete(backup.resolve("b"));
        assertThat(read.firstDamaged(backup)).contains("b is missing");
    }
}

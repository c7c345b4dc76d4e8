package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

    @TempDir
    Path folder;

    private Path backup(String name, boolean complete) throws Exception {
        Path backup = Files.createDirectories(folder.resolve(name));
        Files.writeString(backup.resolve(complete ? Manifest.NAME : Backup.FAILED), "x");
        return backup;
    }

    @Test
    void keepsTheNewestCompleteOnesAndNeverAnOperatorsFolder() throws Exception {
        Path oldest = backup("2026-11-28T02-00-00Z", true);
        Path older = backup("2026-11-29T02-00-00Z", true);
        backup("2026-11-30T02-00-00Z", true);
        backup("2026-12-01T02-00-00Z", true);
        Files.createDirectories(folder.resolve("before-migration"));

        assertThat(Retention.outdated(folder, 2)).containsExactlyInAnyOrder(oldest, older);
    }

    @Test
    void failuresDoNotPushOutTheGoodBackups() throws Exception {
        Path oldFailure = backup("2026-11-27T02-00-00Z", false);
        Path good = backup("2026-11-28T02-00-00Z", true);
        Path failed1 = backup("2026-11-29T02-00-00Z", false);
        Path failed2 = backup("2026-11-30T02-00-00Z", false);

        assertThat(Retention.outdated(folder, 1)).containsExactly(oldFailure);
        assertThat(good).exists();
        assertThat(failed1).exists();
        assertThat(failed2).exists();
    }
}

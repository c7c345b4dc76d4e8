package org.impuls.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A backup put back into a data folder. Only the files are copied: the next start of the portal finds
 * {@code backup_label} and lets PostgreSQL replay the write-ahead log in the backup up to a consistent state.
 */
final class Restore {

    private Restore() {}

    /** Refuses (with a {@link StartFailure} saying what to do) a damaged backup, a running portal, or data without {@code force}. */
    static Manifest into(Path backup, Path dataDir, Path mediaDir, boolean force) throws IOException {
        Manifest manifest = Manifest.read(backup)
                .orElseThrow(() -> new StartFailure(backup + " is not a complete backup" + " (no " + Manifest.NAME
                        + "). Name a backup folder such as " + dataDir.resolve("backups") + "/<time>."));
        Files.createDirectories(dataDir);
        Optional<PortalLock> lock = PortalLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            throw new StartFailure("A portal is running on the data folder " + dataDir + ". Stop it before restoring.");
        }
        try (PortalLock held = lock.get()) {
            Path postgres = dataDir.resolve("postgres");
            if (!force && (Folders.holdsFiles(postgres) || Folders.holdsFiles(mediaDir))) {
                throw new StartFailure("The data folder " + dataDir + " already holds a portal's data. Restore into an"
                        + " empty folder (IMPULS_DATA_DIR), or add --force to replace that data with the backup.");
            }
            Optional<String> damage = manifest.firstDamaged(backup);
            if (damage.isPresent()) {
                throw new StartFailure("The backup " + backup + " is damaged: " + damage.get()
                        + ". Nothing was restored;" + " use another backup.");
            }
            Folders.delete(postgres);
            Folders.delete(mediaDir);
            if (manifest.database()) {
                Folders.copy(backup.resolve("postgres"), postgres);
                // PostgreSQL refuses to start on a data folder others may read
                Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwx------"));
            }
            Files.createDirectories(mediaDir);
            if (Files.isDirectory(backup.resolve("media"))) {
                Folders.copy(backup.resolve("media"), mediaDir);
            }
        }
        return manifest;
    }
}

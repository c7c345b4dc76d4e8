package org.impuls.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code <data dir>/impuls.lock}, locked while a portal runs on the folder: two portals on one folder
 * would start two PostgreSQL servers on it. The operating system frees the lock when the process ends,
 * however it ends, so a crash leaves no lock behind.
 */
final class PortalLock implements AutoCloseable {

    static final String NAME = "impuls.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private PortalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static PortalLock acquire(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StartFailure(
                    "The data folder " + dataDir + " is not writable (" + e.getMessage()
                            + "). Give the portal's user write access to it, or set IMPULS_DATA_DIR to another folder.",
                    e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null; // held by this very process (OverlappingFileLock) or not lockable: both mean "in use"
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StartFailure("Another portal is already running on the data folder " + dataDir
                    + ". Stop it first, or set IMPULS_DATA_DIR to another folder.");
        }
        return new PortalLock(channel, lock);
    }

    /** The lock if no portal holds the folder; empty while one runs on it. */
    static Optional<PortalLock> tryAcquire(Path dataDir) {
        try {
            return Optional.of(acquire(dataDir));
        } catch (StartFailure inUse) {
            if (inUse.getCause() != null) {
                throw inUse; // not writable: not a sign of a running portal
            }
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel closes below and frees the lock anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to free
        }
    }
}

package org.impuls.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What must hold before anything starts, each with a message a person can act on: Payara Micro hangs
 * instead of failing when its HTTP port is taken, and PostgreSQL's own complaints about a full disk or
 * a read-only folder are buried in its log.
 */
final class StartChecks {

    /** Below this, PostgreSQL may not even finish its start-up checkpoint. */
    static final long MIN_FREE_BYTES = 100L * 1024 * 1024;

    private StartChecks() {}

    /** Checks everything and returns the lock on the data folder, held until the portal stops. */
    static PortalLock verify(Settings settings) {
        writableFolder(settings.dataDir());
        enoughSpace(settings.dataDir(), usableSpace(settings.dataDir()), MIN_FREE_BYTES);
        PortalLock lock = PortalLock.acquire(settings.dataDir());
        try {
            freePort(settings.httpPort());
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    static void writableFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new StartFailure(
                    "The data folder " + dir + " is not writable (" + reason(e) + "). Give the portal's"
                            + " user write access to it, or set IMPULS_DATA_DIR to another folder.",
                    e);
        }
    }

    static void enoughSpace(Path dir, long usable, long needed) {
        if (usable < needed) {
            throw new StartFailure(
                    "The disk of " + dir + " is full: " + usable / (1024 * 1024) + " MB free, the portal needs"
                            + " at least " + needed / (1024 * 1024) + " MB. Free some space and start again.");
        }
    }

    static void freePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Payara binds: a port with connections in TIME_WAIT is free
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartFailure(
                    "The HTTP port " + port + " is already in use (another portal or program listens on it)."
                            + " Stop that program, or set IMPULS_HTTP_PORT to another port.",
                    e);
        }
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: let the start find out
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

package org.impuls.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Clears the way for the embedded PostgreSQL: a portal killed with {@code kill -9} (the out-of-memory
 * killer, a power cut of the container) leaves its PostgreSQL running as an orphan on the data folder,
 * and a new postmaster then refuses the folder ("lock file postmaster.pid already exists"). This stops
 * such a leftover, and only a PostgreSQL whose working folder is this data folder: PostgreSQL changes
 * into its data folder at start, so {@code /proc/<pid>/cwd} says which folder a postmaster serves.
 */
final class LeftoverPostgres {

    /** What the lock file of a data folder means. */
    enum Finding {
        /** No lock file: PostgreSQL was stopped cleanly, or never ran. */
        NONE,
        /** The lock file names a process that is gone: PostgreSQL crashed and recovers by itself at start. */
        DEAD,
        /**
         * The lock file names a live process that is not a PostgreSQL of this folder: its id was given to
         * another program (in a restarted container the ids start from 1 again). PostgreSQL would refuse
         * to start, taking it for another postmaster, so the stale lock file is removed.
         */
        RECYCLED,
        /** A live PostgreSQL of a different user, whose folder we may not see: left alone. */
        UNKNOWN,
        /** A PostgreSQL of this very folder still runs: stopped before the new one starts. */
        RUNNING
    }

    private static final Duration FAST = Duration.ofSeconds(10);
    private static final Duration IMMEDIATE = Duration.ofSeconds(5);

    private final ProcessTable processes;
    private final Duration fastWait;
    private final Duration immediateWait;

    LeftoverPostgres(ProcessTable processes, Duration fastWait, Duration immediateWait) {
        this.processes = processes;
        this.fastWait = fastWait;
        this.immediateWait = immediateWait;
    }

    /** Before the embedded PostgreSQL starts on {@code folder}: stops or clears what an earlier run left. */
    static void clear(Path folder) {
        new LeftoverPostgres(ProcessTable.LINUX, FAST, IMMEDIATE).clearIn(folder);
    }

    void clearIn(Path folder) {
        Optional<PostmasterPid> lock = PostmasterPid.in(folder);
        if (lock.isEmpty()) {
            return;
        }
        long pid = lock.get().pid();
        switch (judge(lock.get(), folder)) {
            case NONE -> {}
            case DEAD ->
                Launcher.log(
                        "PostgreSQL did not shut down cleanly last time (its process %d is gone);"
                                + " it recovers from its write-ahead log now",
                        pid);
            case UNKNOWN ->
                Launcher.log(
                        "%s names process %d, a PostgreSQL of another user; left alone",
                        lock.get().file(), pid);
            case RECYCLED -> removeStale(lock.get());
            case RUNNING -> stop(pid, folder);
        }
    }

    Finding judge(PostmasterPid lock, Path folder) {
        Optional<ProcessTable.RunningProcess> process = processes.find(lock.pid());
        if (process.isEmpty()) {
            return Finding.DEAD;
        }
        String program = process.get().program();
        boolean postgres = program.equals("postgres") || program.equals("postmaster");
        if (process.get().workingDir().isEmpty()) {
            return postgres ? Finding.UNKNOWN : Finding.RECYCLED;
        }
        return postgres && sameFolder(process.get().workingDir().get(), folder) ? Finding.RUNNING : Finding.RECYCLED;
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private void removeStale(PostmasterPid lock) {
        try {
            Files.deleteIfExists(lock.file());
            Launcher.log(
                    "%s named process %d, which is now another program, not PostgreSQL: removed the stale lock file",
                    lock.file(), lock.pid());
        } catch (IOException e) {
            throw new StartFailure(
                    "The stale lock file " + lock.file() + " cannot be removed (" + e.getMessage()
                            + "); delete it and start again.",
                    e);
        }
    }

    /** As {@code pg_ctl stop -m fast} does (SIGINT), then {@code -m immediate} (SIGQUIT) if that takes too long. */
    private void stop(long pid, Path folder) {
        long begin = System.nanoTime();
        if (stopped(pid, "INT", fastWait)) {
            Launcher.log(
                    "an earlier PostgreSQL (process %d) was still running on %s, left by a portal that ended without"
                            + " stopping it: stopped it (fast shutdown) in %d ms",
                    pid, folder, (System.nanoTime() - begin) / 1_000_000);
            return;
        }
        if (stopped(pid, "QUIT", immediateWait)) {
            Launcher.log(
                    "an earlier PostgreSQL (process %d) was still running on %s and did not stop within %d s:"
                            + " stopped it (immediate shutdown; it recovers at start)",
                    pid, folder, fastWait.toSeconds());
            return;
        }
        throw new StartFailure("An earlier PostgreSQL (process " + pid + ") still runs on " + folder
                + " and does not stop. Stop it (kill " + pid + ") and start the portal again.");
    }

    private boolean stopped(long pid, String signal, Duration patience) {
        if (!processes.signal(pid, signal) && processes.find(pid).isPresent()) {
            return false;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (processes.find(pid).isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}

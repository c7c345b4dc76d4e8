package org.impuls.launcher;

import java.time.Clock;
import java.time.Duration;

/**
 * Watches the embedded PostgreSQL while the portal runs and starts it again (on the same port, so the
 * portal's connection pool finds it; PostgreSQL recovers from its write-ahead log) when its process has
 * gone. Three failures within a minute mean something is broken for good (disk full, damaged data): then
 * the portal stops with one message instead of restarting in a loop.
 */
final class DatabaseWatchdog implements Runnable {

    static final int FAILURES = 3;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration EVERY = Duration.ofSeconds(1);

    /** The watched database: whether it runs, and how to start it again. */
    interface Watched {
        boolean running();

        void restart() throws Exception;

        String describe();
    }

    private final Watched database;
    private final FailureWindow failures;
    private final Clock clock;
    private final Runnable giveUp;
    private volatile boolean stopped;
    private Thread thread;

    DatabaseWatchdog(Watched database, FailureWindow failures, Clock clock, Runnable giveUp) {
        this.database = database;
        this.failures = failures;
        this.clock = clock;
        this.giveUp = giveUp;
    }

    static DatabaseWatchdog start(Watched database, Runnable giveUp) {
        DatabaseWatchdog watchdog =
                new DatabaseWatchdog(database, new FailureWindow(FAILURES, WINDOW), Clock.systemUTC(), giveUp);
        watchdog.thread = new Thread(watchdog, "impuls-database-watchdog");
        watchdog.thread.setDaemon(true);
        watchdog.thread.start();
        return watchdog;
    }

    /** Stops watching (before the database is stopped on purpose); does not wait, it may be called from a shutdown hook. */
    void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (!stopped && !check()) {
                return;
            }
        }
    }

    /** One look at the database; false once the watchdog has given up. */
    boolean check() {
        if (database.running()) {
            return true;
        }
        if (failures.exhaustedBy(clock.instant())) {
            stopped = true;
            Launcher.log(
                    "the embedded PostgreSQL (%s) failed %d times within %d s; the portal stops. Its log is in"
                            + " the data folder under logs/; start the portal again once the cause is fixed",
                    database.describe(), FAILURES, WINDOW.toSeconds());
            giveUp.run();
            return false;
        }
        long begin = System.nanoTime();
        Launcher.log("the embedded PostgreSQL (%s) has stopped; starting it again", database.describe());
        try {
            database.restart();
            Launcher.log("the embedded PostgreSQL is back after %d ms", (System.nanoTime() - begin) / 1_000_000);
        } catch (Exception e) {
            Launcher.log("the embedded PostgreSQL did not start again: %s", e.getMessage());
        }
        return true;
    }
}

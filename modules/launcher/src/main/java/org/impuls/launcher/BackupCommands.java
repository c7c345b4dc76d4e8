package org.impuls.launcher;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code java -jar impuls.jar backup [folder]} and {@code restore <backup> [--force]}: one line on success,
 * one line a person can act on for a refusal or failure (the trace goes to {@code logs/launcher.log}).
 */
final class BackupCommands {

    private BackupCommands() {}

    static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and returns the process's exit status. */
    static int run(String[] args, Settings settings) {
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            long begin = System.nanoTime();
            if (args[0].equals("backup")) {
                Path target = rest.isEmpty()
                        ? Backup.newFolder(settings.dataDir().resolve("backups"), Instant.now())
                        : Path.of(rest.get(0)).toAbsolutePath();
                Manifest made = Backup.make(settings, target);
                Launcher.log(
                        "backup written to %s (%d files, %d MB) in %d ms",
                        target, made.files().size(), made.totalSize() / (1024 * 1024), millisSince(begin));
                return 0;
            }
            boolean force = rest.contains("--force");
            List<String> folders =
                    rest.stream().filter(arg -> !arg.equals("--force")).toList();
            if (folders.size() != 1) {
                System.err.println("[impuls-launcher] Usage: java -jar impuls.jar restore <backup folder> [--force]");
                return 2;
            }
            Path backup = Path.of(folders.get(0)).toAbsolutePath();
            Manifest restored = Restore.into(backup, settings.dataDir(), Backup.mediaDir(settings), force);
            Launcher.log(
                    "backup of %s restored into %s in %d ms; the next start recovers the database from it",
                    restored.createdAt(), settings.dataDir(), millisSince(begin));
            return 0;
        } catch (Exception failure) {
            String trace = "see "
                    + FailedStart.writeTrace(
                            failure, FailedStart.logs(settings.dataDir()), "the " + args[0] + " failed");
            System.err.println("[impuls-launcher] The " + args[0] + " failed: "
                    + FailedStart.explain(failure, FailedStart.logs(settings.dataDir())));
            if (!(failure instanceof StartFailure)) {
                System.err.println("[impuls-launcher] Details: " + trace);
            }
            return 1;
        }
    }

    private static long millisSince(long begin) {
        return (System.nanoTime() - begin) / 1_000_000;
    }
}

package org.impuls.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The end of a start that failed: one or two lines on the console that say what to do, the full
 * stack trace in {@code <data dir>/logs/launcher.log} for whoever digs deeper.
 */
final class FailedStart {

    private FailedStart() {}

    /** Reports the failure and ends the process. */
    static void exit(Throwable failure) {
        Path dataDir = Path.of(Settings.read("impuls.data.dir").orElse("data")).toAbsolutePath();
        String trace = "see " + writeTrace(failure, logs(dataDir));
        System.err.println("[impuls-launcher] The portal did not start: " + explain(failure, logs(dataDir)));
        System.err.println("[impuls-launcher] Details: " + trace);
        System.exit(1);
    }

    static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /** What a person can do about {@code failure}, in a sentence or two. */
    static String explain(Throwable failure, Path logs) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof StartFailure) {
                return cause.getMessage();
            }
            if (message.contains("No space left on device")) {
                return "The disk is full (" + message + "). Free some space and start again.";
            }
            if (cause instanceof AccessDeniedException denied) {
                return "No permission to write " + denied.getFile()
                        + ". Give the portal's user write access to the data"
                        + " folder, or set IMPULS_DATA_DIR to another folder.";
            }
            if (cause instanceof BindException) {
                return "A port the portal needs is already in use (" + message + "). Stop the program that uses it,"
                        + " or set IMPULS_HTTP_PORT to another port.";
            }
            if (message.startsWith("Gave up waiting for server to start")) {
                Path log = logs.resolve(EmbeddedDatabase.LOG_FILE);
                return "The embedded PostgreSQL did not start"
                        + lastProblem(log).map(line -> ": " + line).orElse("") + ". Its log is " + log + ".";
            }
        }
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    /** PostgreSQL's last FATAL or PANIC line says why it stopped. */
    static Optional<String> lastProblem(Path postgresLog) {
        try {
            List<String> lines = Files.readAllLines(postgresLog, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 200; i--) {
                String line = lines.get(i);
                int at = Math.max(line.indexOf("FATAL:"), line.indexOf("PANIC:"));
                if (at >= 0) {
                    return Optional.of(line.substring(at).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // no log (yet), or not readable as text: nothing to add
        }
        return Optional.empty();
    }

    /** Appends the stack trace to {@code logs/launcher.log}; the temporary folder if that is not writable. */
    static Path writeTrace(Throwable failure, Path logs) {
        return writeTrace(failure, logs, "the portal did not start");
    }

    /** As {@link #writeTrace(Throwable, Path)}, headed by {@code what} failed. */
    static Path writeTrace(Throwable failure, Path logs, String what) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " " + what + "\n" + trace + "\n";
        for (Path folder : List.of(logs, Path.of(System.getProperty("java.io.tmpdir")))) {
            Path file = folder.resolve("launcher.log");
            try {
                Files.createDirectories(folder);
                Files.writeString(
                        file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return file;
            } catch (IOException e) {
                // next folder
            }
        }
        return Path.of("(nowhere: no folder is writable)");
    }
}

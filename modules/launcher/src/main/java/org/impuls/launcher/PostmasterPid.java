package org.impuls.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * PostgreSQL's lock file {@code postmaster.pid} in a data folder: its first line is the postmaster's
 * process id, its second the data folder the postmaster was started on.
 */
record PostmasterPid(Path file, long pid) {

    static final String NAME = "postmaster.pid";

    /** The lock file in {@code folder}, if there is one with a process id on its first line. */
    static Optional<PostmasterPid> in(Path folder) {
        Path file = folder.resolve(NAME);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : parse(file, lines.get(0));
        } catch (IOException e) { // missing, or removed while we read it: no postmaster owns the folder
            return Optional.empty();
        }
    }

    /** The port the postmaster listens on: the lock file's fourth line. */
    static OptionalInt port(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve(NAME), StandardCharsets.UTF_8);
            return lines.size() < 4
                    ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static Optional<PostmasterPid> parse(Path file, String firstLine) {
        try {
            long pid = Long.parseLong(firstLine.trim());
            // a negative id is a single-user backend (postgres --single); treat it as the process it names
            return Optional.of(new PostmasterPid(file, Math.abs(pid)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

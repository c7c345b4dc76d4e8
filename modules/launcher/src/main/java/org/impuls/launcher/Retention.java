package org.impuls.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which backups go: all but the newest {@code keep} complete ones (with a manifest), and failed or unfinished
 * ones older than the oldest kept; a run of failures never pushes out the good backups.
 */
final class Retention {

    private Retention() {}

    static List<Path> outdated(Path folder, int keep) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> backups;
        try (Stream<Path> inside = Files.list(folder)) {
            backups = inside.filter(Files::isDirectory)
                    .filter(Retention::namedByTime)
                    .sorted(Comparator.comparing(
                                    (Path path) -> path.getFileName().toString())
                            .reversed())
                    .toList();
        }
        List<Path> outdated = new ArrayList<>();
        int complete = 0;
        for (Path backup : backups) { // newest first
            boolean finished = Files.isRegularFile(backup.resolve(Manifest.NAME));
            if (complete >= keep) {
                outdated.add(backup);
            } else if (finished) {
                complete++;
            }
        }
        return outdated;
    }

    /** Only folders this launcher named: never an operator's own folder that happens to be there. */
    private static boolean namedByTime(Path folder) {
        try {
            Backup.FOLDER_NAME.parse(folder.getFileName().toString());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

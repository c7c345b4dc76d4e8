package org.impuls.core.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The backups the launcher wrote into IMPULS_BACKUP_DIR (it tells the portal the folder), newest first. */
@ApplicationScoped
public class BackupFolder {

    private static final Pattern TIMED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z");
    private static final Pattern SIZE = Pattern.compile("\"totalSize\": (\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"impulsVersion\": \"([^\"]*)\"");

    @Inject
    @ConfigProperty(name = "impuls.backup.dir", defaultValue = "data/backups")
    String folder;

    public List<BackupEntry> newestFirst() {
        return list(Path.of(folder));
    }

    static List<BackupEntry> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.filter(path -> Files.isDirectory(path)
                            && TIMED.matcher(path.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(
                                    (Path path) -> path.getFileName().toString())
                            .reversed())
                    .map(BackupFolder::entry)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static BackupEntry entry(Path backup) {
        String name = backup.getFileName().toString();
        Optional<String> manifest = read(backup.resolve("manifest.json"));
        if (manifest.isPresent()) {
            long bytes = find(SIZE, manifest.get()).map(Long::parseLong).orElse(0L);
            return new BackupEntry(
                    name,
                    "COMPLETE",
                    bytes / (1024 * 1024),
                    find(VERSION, manifest.get()).orElse(""),
                    Optional.empty());
        }
        Optional<String> failed = read(backup.resolve("FAILED"));
        return new BackupEntry(name, failed.isPresent() ? "FAILED" : "INCOMPLETE", 0, "", failed.map(String::strip));
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

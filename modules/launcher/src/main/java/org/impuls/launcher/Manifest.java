package org.impuls.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code manifest.json} of a backup, written last: a backup folder without one is unfinished. Lists when it
 * was made, by which Impuls, each module's schema version and every file with its size and SHA-256. One
 * file a line, so that {@link #read} needs no JSON library in the launcher.
 */
record Manifest(
        Instant createdAt,
        String impulsVersion,
        boolean database,
        Map<String, String> schemaVersions,
        List<Entry> files) {

    static final String NAME = "manifest.json";

    record Entry(String path, long size, String sha256) {}

    private static final Pattern FILE = Pattern.compile(
            "\\{\"path\": \"((?:[^\"\\\\]|\\\\.)*)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"}");
    private static final Pattern CREATED = Pattern.compile("\"createdAt\": \"([^\"]+)\"");

    /** Lists every file under {@code backup} (but the manifest) with its checksum. */
    static Manifest of(
            Path backup, Instant createdAt, String impulsVersion, boolean database, Map<String, String> schemaVersions)
            throws IOException {
        List<Entry> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(backup)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                String path = backup.relativize(file).toString().replace('\\', '/');
                if (!path.equals(NAME)) {
                    files.add(new Entry(path, Files.size(file), sha256(file)));
                }
            }
        }
        return new Manifest(createdAt, impulsVersion, database, Map.copyOf(schemaVersions), List.copyOf(files));
    }

    long totalSize() {
        return files.stream().mapToLong(Entry::size).sum();
    }

    void write(Path backup) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"createdAt\": \"").append(createdAt).append("\",\n");
        json.append("  \"impulsVersion\": \"").append(escape(impulsVersion)).append("\",\n");
        json.append("  \"database\": ")
                .append(database ? "\"embedded\"" : "null")
                .append(",\n");
        json.append("  \"schemaVersions\": {");
        String separator = "";
        for (Map.Entry<String, String> module : new java.util.TreeMap<>(schemaVersions).entrySet()) {
            json.append(separator)
                    .append("\"")
                    .append(escape(module.getKey()))
                    .append("\": \"")
                    .append(escape(module.getValue()))
                    .append("\"");
            separator = ", ";
        }
        json.append("},\n");
        json.append("  \"totalSize\": ").append(totalSize()).append(",\n");
        json.append("  \"files\": [\n");
        for (int i = 0; i < files.size(); i++) {
            Entry entry = files.get(i);
            json.append("    {\"path\": \"")
                    .append(escape(entry.path()))
                    .append("\", \"size\": ")
                    .append(entry.size())
                    .append(", \"sha256\": \"")
                    .append(entry.sha256())
                    .append("\"}")
                    .append(i + 1 < files.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        Files.writeString(backup.resolve(NAME), json, StandardCharsets.UTF_8);
    }

    /** The files and time of a manifest this class wrote; empty if there is none. */
    static Optional<Manifest> read(Path backup) throws IOException {
        String json;
        try {
            json = Files.readString(backup.resolve(NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        List<Entry> files = new ArrayList<>();
        Matcher file = FILE.matcher(json);
        while (file.find()) {
            files.add(new Entry(unescape(file.group(1)), Long.parseLong(file.group(2)), file.group(3)));
        }
        Matcher created = CREATED.matcher(json);
        Instant at = created.find() ? Instant.parse(created.group(1)) : Instant.EPOCH;
        return Optional.of(new Manifest(at, "", json.contains("\"database\": \"embedded\""), Map.of(), files));
    }

    /** The first file that is missing or differs from what the manifest says, if any. */
    Optional<String> firstDamaged(Path backup) throws IOException {
        for (Entry entry : files) {
            Path file = backup.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                return Optional.of(entry.path() + " is missing");
            }
            if (Files.size(file) != entry.size() || !sha256(file).equals(entry.sha256())) {
                return Optional.of(entry.path() + " does not match its checksum");
            }
        }
        return Optional.empty();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == 'u' && i + 4 < text.length()) {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

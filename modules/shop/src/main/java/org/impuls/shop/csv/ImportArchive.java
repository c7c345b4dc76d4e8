package org.impuls.shop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.impuls.core.api.error.InvalidInputException;

/**
 * The ZIP file that accompanies a catalogue import: the product pictures the CSV names by file name (folders in
 * the ZIP do not matter, nor does the case of the name) and, when the ZIP is the whole upload, the CSV file itself.
 * Unpacked into a temporary folder that {@link #close()} removes; limits keep a hostile ZIP from filling the disk.
 */
public final class ImportArchive implements AutoCloseable {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_ENTRY_BYTES = 20_000_000;
    static final long MAX_TOTAL_BYTES = 1_000_000_000;

    private final Path folder;
    private final Map<String, Path> files;
    private final String csv;

    private ImportArchive(Path folder, Map<String, Path> files, String csv) {
        this.folder = folder;
        this.files = files;
        this.csv = csv;
    }

    /** No pictures: an import of a CSV file alone. */
    public static ImportArchive none() {
        return new ImportArchive(null, Map.of(), null);
    }

    /** Unpacks a ZIP; refuses (field {@code file}) what is not one or breaks the limits. */
    public static ImportArchive unzip(InputStream zip) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("impuls-import");
            Map<String, Path> files = new HashMap<>();
            String csv = null;
            long total = 0;
            int entries = 0;
            try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = Path.of(entry.getName()).getFileName() == null
                            ? ""
                            : Path.of(entry.getName()).getFileName().toString();
                    if (entry.isDirectory()
                            || name.isEmpty()
                            || name.startsWith(".")
                            || entry.getName().startsWith("__MACOSX")) {
                        continue;
                    }
                    if (++entries > MAX_ENTRIES) {
                        throw new InvalidInputException(
                                "file", "the ZIP holds more than " + MAX_ENTRIES + " files; split the import");
                    }
                    // numbered names inside the temporary folder: nothing in the ZIP decides where a file lands
                    Path target = folder.resolve("entry-" + entries);
                    long size = copyAtMost(in, target, MAX_ENTRY_BYTES);
                    total += size;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new InvalidInputException("file", "the ZIP unpacks to more than 1 GB; split the import");
                    }
                    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        if (csv != null) {
                            throw new InvalidInputException(
                                    "file", "the ZIP holds more than one CSV file; it should hold one");
                        }
                        csv = Files.readString(target, StandardCharsets.UTF_8);
                    } else {
                        files.put(name.toLowerCase(Locale.ROOT), target);
                    }
                }
            }
            if (entries == 0) {
                throw new InvalidInputException("file", "the file is not a ZIP file, or an empty one");
            }
            return new ImportArchive(folder, files, csv);
        } catch (ZipException broken) {
            delete(folder);
            throw new InvalidInputException("file", "the ZIP file is damaged: " + broken.getMessage());
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            delete(folder);
            throw refused;
        }
    }

    private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                copied += read;
                if (copied > limit) {
                    throw new InvalidInputException("file", "a file in the ZIP is larger than 20 MB");
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }

    /** The CSV file the ZIP holds, if it holds one. */
    public Optional<String> csv() {
        return Optional.ofNullable(csv);
    }

    /** Whether the ZIP holds a JPEG or PNG file of this name (by its first bytes, not its name). */
    public boolean hasImage(String fileName) {
        Path file = files.get(fileName.toLowerCase(Locale.ROOT));
        if (file == null) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            boolean jpeg = head.length >= 3
                    && (head[0] & 0xff) == 0xff
                    && (head[1] & 0xff) == 0xd8
                    && (head[2] & 0xff) == 0xff;
            boolean png =
                    head.length == 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            return jpeg || png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The picture of this name; {@link #hasImage} first. */
    public InputStream open(String fileName) {
        try {
            return Files.newInputStream(files.get(fileName.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is removed with the others when the machine cleans up
        }
    }
}

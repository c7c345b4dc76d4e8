package org.impuls.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Drop-in plugins: the jars in the installation's plugins folder are added to a copy of the portal WAR
 * ({@code WEB-INF/lib}) before it is deployed, so their CDI beans, REST resources, pages and
 * persistence units are part of the application without rebuilding it. The operator then installs and
 * enables them in the admin.
 */
final class PluginDropIn {

    private PluginDropIn() {}

    /** The WAR to deploy: the original if there are no plugin jars, else a copy with them added. */
    static Path prepare(Path war, Path pluginsDir, Path workDir) throws IOException {
        List<Path> jars = jarsIn(pluginsDir);
        if (jars.isEmpty()) {
            return war;
        }
        Files.createDirectories(workDir);
        Path assembled = workDir.resolve(war.getFileName()); // the file name is the application name
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(assembled))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            for (Path jar : jars) {
                out.putNextEntry(new ZipEntry("WEB-INF/lib/plugin-" + jar.getFileName()));
                copy(jar, out);
                out.closeEntry();
                Launcher.log("plugin jar %s added", jar.getFileName());
            }
        }
        return assembled;
    }

    private static List<Path> jarsIn(Path dir) throws IOException {
        List<Path> jars = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return jars;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
            stream.forEach(jars::add);
        }
        jars.sort(null);
        return jars;
    }

    private static void copy(Path file, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }
}

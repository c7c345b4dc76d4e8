package org.impuls.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A copy of a running PostgreSQL's data folder through its documented non-exclusive low-level API
 * ("Making a Base Backup Using the Low Level API"): {@code pg_backup_start} in one session, a file copy,
 * {@code pg_backup_stop} in the same session, then the write-ahead log written in between, as
 * {@code pg_basebackup -X fetch} does. A copy started from it replays that log and is consistent.
 */
final class BaseBackup {

    /** Folders whose contents PostgreSQL rebuilds or must not get back; the folders themselves are kept. */
    static final Set<String> EMPTIED = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");
    /** Files of the running server (and zonky's lock) that a copy must not contain. */
    static final Set<String> LEFT_OUT = Set.of(
            PostmasterPid.NAME,
            "postmaster.opts",
            "epg-lock",
            "backup_label",
            "tablespace_map",
            "backup_label.old",
            "tablespace_map.old");

    private BaseBackup() {}

    /** Copies the data folder {@code folder} of the server behind {@code superuserUrl} into {@code target}. */
    static void copy(String superuserUrl, Path folder, Path target) throws IOException, SQLException {
        try (Connection session = DriverManager.getConnection(superuserUrl);
                Statement statement = session.createStatement()) {
            // a temporary slot keeps every WAL segment from now on until this session ends, even if checkpoints
            // during a long copy would otherwise recycle the ones the copy needs
            statement.execute(
                    "select pg_create_physical_replication_slot('impuls_backup_' || pg_backend_pid(), true, true)");
            String firstSegment = single(statement, "select pg_walfile_name(pg_backup_start('impuls', true))");
            copyFolder(folder, target);
            try (ResultSet stop = statement.executeQuery(
                    "select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)")) {
                stop.next();
                Files.writeString(target.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
                String tablespaces = stop.getString(2);
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    Files.writeString(target.resolve("tablespace_map"), tablespaces, StandardCharsets.UTF_8);
                }
                copyWal(folder.resolve("pg_wal"), target.resolve("pg_wal"), firstSegment, stop.getString(3));
            }
        }
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    static void copyFolder(Path folder, Path target) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(target.resolve(folder.relativize(dir).toString()));
                if (!dir.equals(folder)
                        && dir.getParent().equals(folder)
                        && EMPTIED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                boolean topLevel = file.getParent().equals(folder);
                if ((topLevel && LEFT_OUT.contains(name))
                        || name.startsWith("pgsql_tmp")
                        || name.equals("pg_internal.init")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(
                            file,
                            target.resolve(folder.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException gone) {
                    // dropped while we copied (a temporary table, a removed relation): the WAL replay knows
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        Files.createDirectories(target.resolve("pg_wal").resolve("archive_status"));
        Files.createDirectories(target.resolve("pg_wal").resolve("summaries"));
    }

    /** The segments from the backup's start to its stop (names sort in log order on one timeline) and history files. */
    static void copyWal(Path wal, Path target, String first, String last) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(wal, Files::isRegularFile)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean needed =
                        name.length() == first.length() && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
                if (needed || name.endsWith(".history")) {
                    Files.copy(file, target.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}

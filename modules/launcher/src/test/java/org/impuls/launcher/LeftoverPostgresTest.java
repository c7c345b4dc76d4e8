package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.impuls.launcher.LeftoverPostgres.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverPostgresTest {

    @TempDir
    Path dir;

    private Process started;

    @AfterEach
    void stopStarted() {
        if (started != null) {
            started.destroyForcibly();
        }
    }

    private final LeftoverPostgres leftover =
            new LeftoverPostgres(ProcessTable.LINUX, Duration.ofSeconds(5), Duration.ofSeconds(2));

    @Test
    void noLockFileMeansNothingToDo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("postgres"));

        leftover.clearIn(folder);

        assertThat(PostmasterPid.in(folder)).isEmpty();
    }

    @Test
    void aLockFileOfAGoneProcessIsLeftToPostgresRecovery() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("postgres"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        PostmasterPid lock = lockFile(folder, gone.pid());

        assertThat(leftover.judge(lock, folder)).isEqualTo(Finding.DEAD);
        leftover.clearIn(folder);

        assertThat(lock.file()).exists();
    }

    @Test
    void aLivePostgresOfThisFolderIsStopped() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("postgres"));
        started = fakePostgres(folder);
        PostmasterPid lock = lockFile(folder, started.pid());

        assertThat(leftover.judge(lock, folder)).isEqualTo(Finding.RUNNING);
        leftover.clearIn(folder);

        assertThat(started.waitFor(2, TimeUnit.SECONDS))
                .as("stopped by the launcher")
                .isTrue();
    }

    @Test
    void aPostgresOfAnotherFolderIsNeverStoppedAndTheStaleLockFileGoes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("postgres"));
        Path otherFolder = Files.createDirectories(dir.resolve("another-portal"));
        started = fakePostgres(otherFolder);
        PostmasterPid lock = lockFile(folder, started.pid());

        assertThat(leftover.judge(lock, folder)).isEqualTo(Finding.RECYCLED);
        leftover.clearIn(folder);

        assertThat(started.isAlive())
                .as("the other folder's PostgreSQL still runs")
                .isTrue();
        assertThat(lock.file()).doesNotExist();
    }

    @Test
    void anIdGivenToAnotherProgramIsNotStoppedAndTheStaleLockFileGoes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("postgres"));
        PostmasterPid lock =
                lockFile(folder, ProcessHandle.current().pid()); // this very JVM, as in a restarted container

        assertThat(leftover.judge(lock, folder)).isEqualTo(Finding.RECYCLED);
        leftover.clearIn(folder);

        assertThat(lock.file()).doesNotExist();
    }

    @Test
    void aPostgresWhoseFolderWeMayNotSeeIsLeftAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("postgres"));
        ProcessTable otherUser = fake(new ProcessTable.RunningProcess(
                4711, List.of("/usr/lib/postgresql/bin/postgres", "-D", "x"), Optional.empty()));
        PostmasterPid lock = lockFile(folder, 4711);

        assertThat(new LeftoverPostgres(otherUser, Duration.ZERO, Duration.ZERO).judge(lock, folder))
                .isEqualTo(Finding.UNKNOWN);
    }

    @Test
    void aPostgresThatIgnoresFastShutdownGetsImmediateShutdown() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("postgres"));
        List<String> signals = new java.util.ArrayList<>();
        ProcessTable stubborn = new ProcessTable() {
            @Override
            public Optional<RunningProcess> find(long pid) {
                return signals.contains("QUIT")
                        ? Optional.empty()
                        : Optional.of(new RunningProcess(pid, List.of("postgres"), Optional.of(folder)));
            }

            @Override
            public boolean signal(long pid, String signal) {
                signals.add(signal);
                return true;
            }
        };
        lockFile(folder, 4711);

        new LeftoverPostgres(stubborn, Duration.ofMillis(200), Duration.ofMillis(200)).clearIn(folder);

        assertThat(signals).containsExactly("INT", "QUIT");
    }

    @Test
    void aLockFileWithoutAProcessIdIsNoLockFile() {
        assertThat(PostmasterPid.parse(Path.of("postmaster.pid"), "")).isEmpty();
        assertThat(PostmasterPid.parse(Path.of("postmaster.pid"), "12345"))
                .map(PostmasterPid::pid)
                .contains(12345L);
    }

    private static PostmasterPid lockFile(Path folder, long pid) throws IOException {
        Files.writeString(folder.resolve(PostmasterPid.NAME), pid + "\n" + folder + "\n1764580000\n5432\n");
        return PostmasterPid.in(folder).orElseThrow();
    }

    /** A program named postgres (a copy of sleep) running in {@code folder}, as a postmaster runs in its data folder. */
    private Process fakePostgres(Path folder) throws IOException {
        Path program = dir.resolve("bin").resolve("postgres");
        Files.createDirectories(program.getParent());
        Files.copy(Path.of("/bin/sleep"), program, StandardCopyOption.REPLACE_EXISTING);
        program.toFile().setExecutable(true);
        return new ProcessBuilder(program.toString(), "60")
                .directory(folder.toFile())
                .start();
    }

    private static ProcessTable fake(ProcessTable.RunningProcess process) {
        return new ProcessTable() {
            @Override
            public Optional<RunningProcess> find(long pid) {
                return pid == process.pid() ? Optional.of(process) : Optional.empty();
            }

            @Override
            public boolean signal(long pid, String signal) {
                return false;
            }
        };
    }
}

package org.impuls.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The operating system's processes, as far as the launcher needs them: look one up, send it a signal. */
interface ProcessTable {

    /** A process that runs (a zombie, dead but not yet reaped by its parent, does not count). */
    Optional<RunningProcess> find(long pid);

    /** Sends a signal by name ({@code INT}, {@code QUIT}, …); false if the process could not be signalled. */
    boolean signal(long pid, String signal);

    /** What the launcher knows of a process: its command line and working folder (empty if not readable). */
    record RunningProcess(long pid, List<String> commandLine, Optional<Path> workingDir) {

        /** The program's file name without its folder, e.g. {@code postgres}. */
        String program() {
            if (commandLine.isEmpty()) {
                return "";
            }
            String first = commandLine.get(0);
            return first.substring(first.lastIndexOf('/') + 1);
        }
    }

    /** Linux: {@code /proc/<pid>} tells everything; signals go through {@code kill}. */
    ProcessTable LINUX = new ProcessTable() {

        @Override
        public Optional<RunningProcess> find(long pid) {
            if (!Files.isDirectory(Path.of("/proc", "self"))) { // not Linux: what the JDK knows, without the folder
                return ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .map(process -> new RunningProcess(
                                pid, process.info().command().map(List::of).orElse(List.of()), Optional.empty()));
            }
            Path proc = Path.of("/proc", Long.toString(pid));
            try {
                String stat = Files.readString(proc.resolve("stat"), StandardCharsets.US_ASCII);
                // "pid (name) S …": the state follows the last parenthesis; the name may contain any character
                char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
                if (state == 'Z' || state == 'X') {
                    return Optional.empty();
                }
                String cmdline = Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8);
                List<String> arguments = cmdline.isEmpty() ? List.of() : Arrays.asList(cmdline.split("\0"));
                return Optional.of(new RunningProcess(pid, arguments, workingDir(proc)));
            } catch (IOException | RuntimeException e) { // no such process (or gone while we looked)
                return Optional.empty();
            }
        }

        private Optional<Path> workingDir(Path proc) {
            try {
                return Optional.of(proc.resolve("cwd").toRealPath());
            } catch (IOException e) { // another user's process: we may not look
                return Optional.empty();
            }
        }

        @Override
        public boolean signal(long pid, String signal) {
            try {
                Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return kill.waitFor() == 0;
            } catch (IOException e) { // no kill program: SIGTERM (a "smart" shutdown: no clients are left) or SIGKILL
                return ProcessHandle.of(pid)
                        .map(process -> signal.equals("INT") ? process.destroy() : process.destroyForcibly())
                        .orElse(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    };
}

package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartChecksTest {

    @TempDir
    Path dir;

    @Test
    void aTakenHttpPortIsNamedBeforePayaraHangsOnIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));

            assertThatThrownBy(() -> StartChecks.freePort(taken.getLocalPort()))
                    .isInstanceOf(StartFailure.class)
                    .hasMessageContaining("HTTP port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("IMPULS_HTTP_PORT");
        }
    }

    @Test
    void aFreePortPasses() {
        StartChecks.freePort(FreePort.find());
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

        assertThatThrownBy(() -> StartChecks.writableFolder(file.resolve("data")))
                .isInstanceOf(StartFailure.class)
                .hasMessageContaining("data folder " + file.resolve("data") + " is not writable")
                .hasMessageContaining("IMPULS_DATA_DIR");
    }

    @Test
    void aFullDiskIsNamed() {
        assertThatThrownBy(() -> StartChecks.enoughSpace(dir, 5L * 1024 * 1024, StartChecks.MIN_FREE_BYTES))
                .isInstanceOf(StartFailure.class)
                .hasMessageContaining("is full: 5 MB free")
                .hasMessageContaining("at least 100 MB");
        StartChecks.enoughSpace(dir, StartChecks.MIN_FREE_BYTES, StartChecks.MIN_FREE_BYTES);
    }

    @Test
    void aSecondPortalOnTheSameFolderIsRefusedAndTheFolderIsFreeAfterwards() {
        try (PortalLock first = PortalLock.acquire(dir)) {
            assertThatThrownBy(() -> PortalLock.acquire(dir))
                    .isInstanceOf(StartFailure.class)
                    .hasMessageContaining("Another portal is already running on the data folder " + dir);
        }
        PortalLock.acquire(dir).close();
        assertThat(dir.resolve(PortalLock.NAME)).exists();
    }
}

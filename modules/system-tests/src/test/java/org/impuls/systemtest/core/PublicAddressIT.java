package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Optional;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.RawHttp;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal's links point at its configured address whatever the request says, and demo mode stays on this machine. */
@ExtendWith(Portal.class)
class PublicAddressIT {

    @Test
    void aPasswordResetAskedForWithAForeignHostHeaderMailsALinkToThePortal(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "host-header");

        RawHttp.Answer asked = new RawHttp(http.baseUrl())
                .send(
                        "POST",
                        "/api/core/password-resets",
                        "{\"email\":\"" + email + "\"}",
                        "Host: evil.example",
                        "Content-Type: application/json");

        assertThat(asked.status()).as(asked.head()).isEqualTo(202);
        String link = Mailbox.linkIn(mailbox.awaitMail(email, "Zurücksetzen"));
        assertThat(link).startsWith(http.baseUrl() + "/").doesNotContain("evil.example");
    }

    @Test
    void pagesAndSearchEngineFilesLinkThePortalWhateverHostTheRequestNames(Http http) {
        RawHttp raw = new RawHttp(http.baseUrl());

        assertThat(raw.send("GET", "/robots.txt", null, "Host: evil.example").body())
                .contains("Sitemap: " + http.baseUrl() + "/sitemap.xml")
                .doesNotContain("evil.example");
        assertThat(raw.send("GET", "/sitemap.xml", null, "Host: evil.example").body())
                .contains("<loc>" + http.baseUrl() + "/")
                .doesNotContain("evil.example");
        assertThat(raw.send("GET", "/impressum", null, "Host: evil.example").body())
                .contains("hreflang=\"en\" href=\"" + http.baseUrl() + "/impressum?lang=en\"")
                .doesNotContain("evil.example");
    }

    @Test
    void theDemoPortalDoesNotAnswerOnTheMachinesOtherAddresses(Http http) {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no network address besides loopback");
        int port = URI.create(http.baseUrl()).getPort();

        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(external.get(), port), 3_000);
                    }
                })
                .as("demo mode on " + external.get().getHostAddress() + ":" + port)
                .isInstanceOf(IOException.class);
        assertThat(http.get("/health/ready").status())
                .as("loopback still answers")
                .isEqualTo(200);
    }

    private static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(PublicAddressIT::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}

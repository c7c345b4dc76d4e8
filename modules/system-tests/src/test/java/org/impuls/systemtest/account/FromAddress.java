package org.impuls.systemtest.account;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.systemtest.Http;

/**
 * A client that speaks to the portal from another loopback address (127.0.0.10, .11, …), one per test.
 * The portal counts failed logins per client address; the other tests all come from 127.0.0.1, and what
 * a throttling test does from here leaves them alone. The JDK's HTTP client cannot choose its local
 * address, so this one writes plain HTTP/1.0 on a socket of its own (one request per connection).
 */
final class FromAddress {

    private static final AtomicInteger NEXT = new AtomicInteger(10);
    private static final Pattern ERROR_SUMMARY = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    private final String localAddress;
    private final URI base;

    private FromAddress(String localAddress, URI base) {
        this.localAddress = localAddress;
        this.base = base;
    }

    /** A client from an address no other test uses. */
    static FromAddress fresh(Http http) {
        return new FromAddress("127.0.0." + NEXT.getAndIncrement(), URI.create(http.baseUrl()));
    }

    String address() {
        return localAddress;
    }

    /** An answer: status, the raw header lines and the body. */
    record Reply(int status, List<String> headers, String body) {

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse("");
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        /** The error message the login page shows, or "" if none. */
        String loginMessage() {
            Matcher message = ERROR_SUMMARY.matcher(body);
            return message.find() ? message.group(1).strip() : "";
        }
    }

    /** {@code POST /api/core/tokens} with e-mail and password, as a REST client gets its first token. */
    Reply tokenRequest(String email, String password) {
        return send("POST", "/api/core/tokens", "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"from " + localAddress + "\"}", null);
    }

    /** The login form, opened and sent as a browser would. */
    Reply loginForm(String email, String password) {
        Reply page = send("GET", "/login", null, null, null);
        String cookie = page.headers().stream().filter(h -> h.regionMatches(true, 0, "Set-Cookie: IMPULS_SESSION=", 0, 27))
                .map(h -> h.substring("Set-Cookie: ".length()).split(";")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("the login page set no session cookie"));
        return send("POST", "/login", "application/x-www-form-urlencoded",
                Http.loginFormBody(Http.viewState(page.body()), email, password), cookie);
    }

    private Reply send(String method, String path, String contentType, String body, String cookie) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                .append("Host: ").append(base.getAuthority()).append("\r\n");
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (cookie != null) {
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
        int end = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, end).split("\r\n");
        List<String> headers = new ArrayList<>(List.of(head).subList(1, head.length));
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"))) {
            body = unchunk(text.substring(end + 4), body);
        }
        return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(String chunked, byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(bytes, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}

package org.impuls.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP request sent exactly as written over a plain socket, for what real clients cannot send but an
 * attacker can: a {@code Host} header of one's choosing, a path that starts with {@code //}, a connection from
 * another loopback address (the JDK's HTTP client cannot choose its local address). HTTP/1.0, one request per
 * connection, so the connection ends with the answer.
 */
public final class RawHttp {

    private final URI portal;
    private final Optional<String> localAddress;

    public RawHttp(String baseUrl) {
        this(baseUrl, Optional.empty());
    }

    private RawHttp(String baseUrl, Optional<String> localAddress) {
        this.portal = URI.create(baseUrl);
        this.localAddress = localAddress;
    }

    /** Requests that come from {@code localAddress}, e.g. {@code 127.0.0.10}, to the portal on loopback. */
    public static RawHttp from(String localAddress, String baseUrl) {
        return new RawHttp(baseUrl, Optional.of(localAddress));
    }

    /** The portal's {@code host:port}, for a {@code Host} header as browsers send it. */
    public String authority() {
        return portal.getAuthority();
    }

    /** Sends the request line, the headers and the body (UTF-8) as given; Content-Length is added for a body. */
    public Answer send(String method, String rawPath, String body, String... headerLines) {
        StringBuilder request = new StringBuilder(method + " " + rawPath + " HTTP/1.0\r\n");
        for (String header : headerLines) {
            request.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            if (localAddress.isPresent()) {
                socket.bind(new InetSocketAddress(localAddress.get(), 0));
            }
            socket.connect(
                    new InetSocketAddress(localAddress.isPresent() ? "127.0.0.1" : portal.getHost(), portal.getPort()),
                    10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Answer.of(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    /** The status code, the head as text and the body. */
    public record Answer(int status, String head, String body) {

        static Answer of(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
            Answer answer = new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, "");
            if (answer.header("Transfer-Encoding").equalsIgnoreCase("chunked")) {
                body = unchunk(body);
            }
            return new Answer(answer.status(), head, new String(body, StandardCharsets.UTF_8));
        }

        /** The value of the first header of that name, or "". */
        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines()
                    .skip(1)
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse("");
        }

        private static byte[] unchunk(byte[] chunked) {
            String text = new String(chunked, StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = Integer.parseInt(
                        text.substring(at, lineEnd).split(";")[0].strip(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}

package org.impuls.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP request sent exactly as written over a plain socket, for what real clients cannot send but an
 * attacker can: a {@code Host} header of one's choosing, a path that starts with {@code //}. HTTP/1.0, so
 * that the answer is never chunked and the connection ends with it.
 */
public final class RawHttp {

    private final URI portal;

    public RawHttp(String baseUrl) {
        this.portal = URI.create(baseUrl);
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
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
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

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    /** The status code, the head as text and the body. */
    public record Answer(int status, String head, String body) {

        static Answer of(String response) {
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, body);
        }
    }
}

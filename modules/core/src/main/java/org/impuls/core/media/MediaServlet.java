package org.impuls.core.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code GET /media/<id>/<original|medium|thumb>}: an image's bytes. An image never changes under its
 * URL, so browsers and proxies may keep it for a year; the ETag answers revalidations with 304.
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    @Inject
    MediaLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[1].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<MediaFile> media = library.find(Long.parseLong(parts[1]));
        Optional<MediaLibrary.Variant> variant = MediaLibrary.Variant.parse(parts[2]);
        if (media.isEmpty() || variant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = library.file(media.get(), variant.get());
        if (!Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + media.get().getSha256().substring(0, 16) + "-" + variant.get().name().toLowerCase() + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", media.get().getCreatedAt().toEpochMilli());
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(library.contentType(media.get(), variant.get()));
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}

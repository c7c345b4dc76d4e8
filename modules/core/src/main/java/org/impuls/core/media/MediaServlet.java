package org.impuls.core.media;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code GET /media/<id>/<original|medium|thumb>}: an image's bytes, to whom its {@link Audience} allows. Its bytes
 * never change under its URL: an image no module shows may be kept by browsers and proxies for a year; a public
 * one of a product or business for ten minutes (it may be hidden); a private one is kept by nobody. The ETag answers
 * revalidations with 304. A private image for someone else is "not found", as if it did not exist.
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final String OPEN_CACHE = "public, max-age=31536000, immutable";
    private static final String PUBLIC_CACHE = "public, max-age=600";
    private static final String PRIVATE_CACHE = "private, no-store";

    @Inject
    MediaLibrary library;

    @Inject
    MediaPlaces places;

    @Inject
    SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
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
        String cache = switch (media.get().getAudience()) {
            case OPEN -> OPEN_CACHE;
            case PUBLIC -> PUBLIC_CACHE;
            case PRIVATE -> PRIVATE_CACHE;
        };
        if (cache.equals(PRIVATE_CACHE) && !(knowCaller(request, response) && places.mayView(media.get()))) {
            if (response.isCommitted()) {
                return; // a revoked token was answered with 401 already
            }
            response.setHeader("Cache-Control", "no-store"); // shown again later, it must not be remembered as missing
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = library.file(media.get(), variant.get());
        if (!Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", cache);
        if (!cache.equals(PRIVATE_CACHE)) {
            String etag = "\"" + media.get().getSha256().substring(0, 16) + "-"
                    + variant.get().name().toLowerCase() + "\"";
            response.setHeader("ETag", etag);
            response.setDateHeader("Last-Modified", media.get().getCreatedAt().toEpochMilli());
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentType(library.contentType(media.get(), variant.get()));
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }

    /**
     * Images are served without asking who calls (that would cost every thumbnail an account lookup); a private one
     * asks now: the portal's authentication mechanism reads the session or the bearer token.
     */
    private boolean knowCaller(HttpServletRequest request, HttpServletResponse response) {
        if (security.getCallerPrincipal() != null) {
            return true;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams());
        return status == AuthenticationStatus.SUCCESS;
    }
}

package org.impuls.core.legal;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.core.i18n.Language;

/** {@code GET /api/core/legal-pages/{kind}?lang=de}: a legal page as JSON. */
@Path("core/legal-pages")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class LegalPageResource {

    /** A legal page as the API shows it. */
    public record LegalPageDocument(
            String kind, String language, String title, String bodyHtml, String url, Instant updatedAt) {}

    @Inject
    LegalPages pages;

    @Inject
    RequestLanguage requestLanguage;

    /** In the request's language: {@code ?lang=}, else {@code Accept-Language}, else German. */
    @GET
    @Path("{kind}")
    public LegalPageDocument get(@PathParam("kind") String kind) {
        LegalPageKind pageKind = LegalPageKind.parse(kind)
                .orElseThrow(() ->
                        new NotFoundException("There is no legal page '" + kind + "'; try imprint, privacy or terms."));
        Language language = Language.of(requestLanguage.locale());
        LegalPage page = pages.find(pageKind, language)
                .orElseThrow(() ->
                        new NotFoundException("The legal page " + kind + " has no text in " + language.code() + "."));
        return new LegalPageDocument(
                pageKind.name().toLowerCase(),
                page.getLanguage(),
                page.getTitle(),
                page.getBodyHtml(),
                pageKind.path() + "?lang=" + page.getLanguage(),
                page.getUpdatedAt());
    }
}

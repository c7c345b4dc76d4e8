package org.impuls.core.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.core.i18n.Language;

/** {@code GET /api/core/search?q=…&lang=de}: the header search as JSON, grouped by provider. */
@Path("core/search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SearchResource {

    /** The answer: the query as understood and the groups with hits. */
    public record SearchAnswer(String query, List<SearchGroup> groups) {}

    @Inject
    SiteSearch search;

    @Inject
    RequestLanguage language;

    /** In the request's language: {@code ?lang=}, else {@code Accept-Language}, else German. */
    @GET
    public SearchAnswer search(@QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "q must not be empty: say what to search for");
        }
        if (q.length() > 200) {
            throw new InvalidInputException("q", "q must be at most 200 characters");
        }
        return new SearchAnswer(q.strip(), search.search(q, Language.of(language.locale())));
    }
}

package org.impuls.core.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Language;

/** {@code GET /api/core/search?q=…&lang=de}: the header search as JSON, grouped by provider. */
@Path("core/search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SearchResource {

    /** The answer: the query as understood and the groups with hits. */
    public record SearchAnswer(String query, List<SearchGroup> groups) {
    }

    @Inject
    SiteSearch search;

    @GET
    public SearchAnswer search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                               @HeaderParam("Accept-Language") String acceptLanguage) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "q must not be empty: say what to search for");
        }
        if (q.length() > 200) {
            throw new InvalidInputException("q", "q must be at most 200 characters");
        }
        Language language = lang != null
                ? Language.fromCode(lang).orElseThrow(() -> new InvalidInputException("lang", "lang must be de or en"))
                : Language.fromCode(acceptLanguage == null ? null : acceptLanguage.substring(0, Math.min(2, acceptLanguage.length())))
                        .orElse(Language.standard());
        return new SearchAnswer(q.strip(), search.search(q, language));
    }
}

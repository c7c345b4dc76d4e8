package org.impuls.core.i18n;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Every REST resource refuses an unsupported {@code ?lang=} with 400 naming the field, where a page would
 * simply show German: an API client asked for something it will not get and should know. The language itself
 * is {@link LanguageFilter}'s decision, read through {@link org.impuls.core.api.language.RequestLanguage}.
 */
@Provider
@Priority(Priorities.USER + 100)
public class LanguageParameterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // undecoded, as LanguageFilter reads it from the query string
        String code = request.getUriInfo().getQueryParameters(false).getFirst(LanguageFilter.PARAMETER);
        refuseUnsupported(code);
    }

    static void refuseUnsupported(String code) {
        if (code != null && Language.fromCode(code).isEmpty()) {
            throw new InvalidInputException(LanguageFilter.PARAMETER, "lang must be de or en, was '" + code + "'");
        }
    }
}

package org.impuls.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The one JAX-RS application: all modules' and plugins' resources live under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Impuls API", version = "1", description = """
                Conventions: every module's resources live under /api/<module>/…. Lists are pages \
                {"items": […], "total": n, "page": p, "size": s} with page numbers from 1 and at most 100 \
                items per page (default 20). Money is {"cents": 1299, "currency": "EUR"}, and prices in \
                query parameters are integer cents too. Texts are in the language of ?lang=de|en, else of \
                Accept-Language, else German; another lang is refused. Errors are application/problem+json (RFC 9457) \
                with a helpful "detail" and, for invalid input, "errors" naming each field."""))
public class RestApplication extends Application {

    /** Turns on {@code @RolesAllowed} for resources; everything else is found by scanning. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

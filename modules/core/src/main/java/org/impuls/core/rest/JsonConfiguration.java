package org.impuls.core.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * JSON-B settings of the REST API. Payara's Yasson 3.0.4 predates record support, so records are
 * written from their (private) fields; to read a record, give its canonical constructor
 * {@code @JsonbCreator}.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withPropertyVisibilityStrategy(new RecordFriendlyVisibility())
            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Record components and public fields are properties; for other classes, their public getters too. */
    static final class RecordFriendlyVisibility implements PropertyVisibilityStrategy {

        @Override
        public boolean isVisible(Field field) {
            return field.getDeclaringClass().isRecord() || Modifier.isPublic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            return !method.getDeclaringClass().isRecord() && Modifier.isPublic(method.getModifiers());
        }
    }
}

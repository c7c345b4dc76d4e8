package org.impuls.core.mail;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mail's model as JSON, stored with the mail until it is rendered: texts, numbers, booleans, lists and maps. */
final class MailModel {

    /** Looked up once: each {@code Json.create…} call looks the provider up anew, scanning the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private MailModel() {}

    static String toJson(Map<String, Object> model) {
        return object(model).build().toString();
    }

    static Map<String, Object> fromJson(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return map(reader.readObject());
        }
    }

    private static JsonObjectBuilder object(Map<String, ?> map) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        map.forEach((key, value) -> object.add(key, value(value)));
        return object;
    }

    @SuppressWarnings("unchecked")
    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number number) {
            return JSON.createValue(new BigDecimal(number.toString()));
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            return object((Map<String, ?>) map).build();
        }
        throw new IllegalArgumentException(
                "not a model value: " + value.getClass().getName());
    }

    private static Map<String, Object> map(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, read(value)));
        return map;
    }

    private static Object read(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                JsonNumber number = (JsonNumber) value;
                return number.isIntegral() ? (Object) number.longValueExact() : number.bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case ARRAY:
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(item -> list.add(read(item)));
                return list;
            case OBJECT:
                return map((JsonObject) value);
            default:
                return null;
        }
    }
}

package org.impuls.shop.payment;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impuls.shop.api.payment.NextAction;

/** Stores a payment's next action as JSON text, so that the order page shows what the start answered. */
@Converter
public class NextActionConverter implements AttributeConverter<NextAction, String> {

    /** Looked up once: each {@code Json.create…} call looks the provider up anew, scanning the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(NextAction action) {
        if (action == null) {
            return null;
        }
        JsonObjectBuilder json =
                JSON.createObjectBuilder().add("type", action.type().name());
        if (action.url() != null) {
            json.add("url", action.url());
        }
        return json.add("data", object(action.data())).build().toString();
    }

    @Override
    public NextAction convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        JsonObject json = JSON.createReader(new StringReader(text)).readObject();
        return new NextAction(
                NextAction.Type.valueOf(json.getString("type")),
                json.getString("url", null),
                map(json.getJsonObject("data")));
    }

    private static JsonObjectBuilder object(Map<?, ?> data) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        data.forEach((key, value) -> json.add(String.valueOf(key), value(value)));
        return json;
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Map<?, ?> map) {
            return object(map).build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Long || value instanceof Integer) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return JSON.createValue(new java.math.BigDecimal(number.toString()));
        }
        return JSON.createValue(value.toString());
    }

    private static Map<String, Object> map(JsonObject json) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (json != null) {
            json.forEach((key, value) -> map.put(key, plain(value)));
        }
        return map;
    }

    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                return map(value.asJsonObject());
            case ARRAY:
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(item -> list.add(plain(item)));
                return list;
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                JsonNumber number = (JsonNumber) value;
                return number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return "";
        }
    }
}

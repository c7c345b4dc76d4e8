package org.impuls.core.rest;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A request body that is not the JSON the endpoint expects (Jersey wraps JSON-B's complaint). The detail
 * says where the JSON breaks (line and column) or which property has the wrong kind of value, in the
 * client's terms: JSON-B's own messages name the server's classes, which are none of the client's business.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z_][A-Za-z0-9_]{0,63})'");
    private static final Pattern RECEIVED = Pattern.compile("Received event: ([A-Z_]+)");
    private static final Map<String, String> KINDS = Map.of(
            "START_OBJECT",
            "an object",
            "START_ARRAY",
            "an array",
            "VALUE_STRING",
            "a string",
            "VALUE_NUMBER",
            "a number",
            "VALUE_TRUE",
            "true",
            "VALUE_FALSE",
            "false",
            "VALUE_NULL",
            "null");

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.invalid(detail(exception), List.of()).toResponse();
    }

    static String detail(Throwable exception) {
        Optional<JsonParsingException> broken = causes(exception)
                .filter(JsonParsingException.class::isInstance)
                .map(JsonParsingException.class::cast)
                .findFirst();
        if (broken.isPresent()) {
            JsonLocation at = broken.get().getLocation();
            // the parser counts the column of an early end wrongly (twice the length), so name the end instead
            if (at == null || String.valueOf(broken.get().getMessage()).contains("token=EOF")) {
                return "The request body is not valid JSON: it ends before the JSON is complete.";
            }
            return "The request body is not valid JSON: unexpected character at line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ".";
        }
        String complaint = causes(exception)
                .map(Throwable::getMessage)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        StringBuilder detail = new StringBuilder("The request body is not the JSON this endpoint expects");
        Matcher property = PROPERTY.matcher(complaint);
        if (property.find()) {
            detail.append(": property '").append(property.group(1)).append("' has a value of the wrong kind");
        }
        Matcher received = RECEIVED.matcher(complaint);
        if (received.find() && KINDS.containsKey(received.group(1))) {
            detail.append(" (got ").append(KINDS.get(received.group(1))).append(")");
        }
        return detail.append(".").toString();
    }

    private static Stream<Throwable> causes(Throwable exception) {
        return Stream.iterate(
                exception, cause -> cause != null, cause -> cause.getCause() == cause ? null : cause.getCause());
    }
}

package org.impuls.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

/** What JSON-B (Payara's Yasson) throws for broken bodies, messages as recorded from it, and what the client is told. */
class UnreadableBodyTest {

    @Test
    void brokenJsonIsPlacedByLineAndColumn() {
        String detail = UnreadableBodyMapper.detail(wrapped(new JsonbException(
                "Internal error: Unexpected char 125 at (line no=2, column no=14, offset=27)",
                new JsonParsingException(
                        "Unexpected char 125 at (line no=2, column no=14, offset=27), expecting 'e'", at(2, 14)))));

        assertThat(detail).isEqualTo("The request body is not valid JSON: unexpected character at line 2, column 14.");
    }

    @Test
    void jsonThatEndsTooEarlyIsSaidToEnd() {
        String detail = UnreadableBodyMapper.detail(wrapped(new JsonbException(
                "Internal error: Invalid token=EOF at (line no=1, column no=18, offset=17).",
                new JsonParsingException(
                        "Invalid token=EOF at (line no=1, column no=18, offset=17). Expected tokens are: [CURLYOPEN]",
                        at(1, 18)))));

        assertThat(detail).isEqualTo("The request body is not valid JSON: it ends before the JSON is complete.");
    }

    @Test
    void aValueOfTheWrongKindNamesThePropertyButNoClass() {
        String detail = UnreadableBodyMapper.detail(
                wrapped(
                        new JsonbException(
                                "Unable to deserialize property 'email' because of: "
                                        + "Incorrect position for processing type: class java.lang.String. Received event: START_OBJECT Allowed: [VALUE_STRING]")));

        assertThat(detail)
                .isEqualTo(
                        "The request body is not the JSON this endpoint expects: property 'email' has a value of the wrong kind (got an object).");
    }

    @Test
    void anArrayWhereAnObjectBelongsNamesNoClass() {
        String detail = UnreadableBodyMapper.detail(
                wrapped(
                        new JsonbException(
                                "Incorrect position for processing type: class org.impuls.core.account.AccountResource$Reset. Received event: START_ARRAY Allowed: [START_OBJECT]")));

        assertThat(detail).isEqualTo("The request body is not the JSON this endpoint expects (got an array).");
    }

    private static ProcessingException wrapped(Throwable cause) {
        return new ProcessingException("Error deserializing object from entity stream.", cause);
    }

    private static JsonLocation at(long line, long column) {
        return new JsonLocation() {
            @Override
            public long getLineNumber() {
                return line;
            }

            @Override
            public long getColumnNumber() {
                return column;
            }

            @Override
            public long getStreamOffset() {
                return -1;
            }
        };
    }
}

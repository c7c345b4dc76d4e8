package org.impuls.shop.api.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A provider's callback exactly as it arrived: the body's bytes (at most {@link #MAX_BYTES}) and the headers. */
public final class RawCallback {

    /** Larger bodies are refused before a method sees them. */
    public static final int MAX_BYTES = 65_536;

    private final byte[] body;
    private final Map<String, List<String>> headers;

    public RawCallback(byte[] body, Map<String, List<String>> headers) {
        this.body = body.clone();
        TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> byName.put(name, List.copyOf(values)));
        this.headers = byName;
    }

    /** A copy of the body's bytes, to verify a signature over before reading it. */
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header, by its name in any case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}

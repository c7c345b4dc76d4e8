package org.impuls.shop.csv;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running (or the last) catalogue import of a merchant's account for a business has come, so
 * that the page (or an API client) can show progress from a second request while the import runs in its own.
 */
@ApplicationScoped
public class ImportProgress {

    /** The steps of an import, in order. */
    public enum Phase {
        CHECKING,
        WRITING,
        DONE,
        FAILED
    }

    /** Where an import stands: {@code done} of {@code total} in this phase. */
    public record Status(Phase phase, int done, int total, Instant at) {}

    private record Key(long accountId, long businessId) {}

    private final Map<Key, Status> imports = new ConcurrentHashMap<>();

    void report(long accountId, long businessId, Phase phase, int done, int total) {
        imports.put(new Key(accountId, businessId), new Status(phase, done, total, Instant.now()));
    }

    /** The caller's latest import for the business, if there was one since the server started. */
    public Optional<Status> of(long accountId, long businessId) {
        return Optional.ofNullable(imports.get(new Key(accountId, businessId)));
    }
}

package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The counters that slow down password guessing, kept in PostgreSQL so that parallel requests and
 * cluster nodes share them. Each counter changes in one SQL statement (never read, changed in Java and
 * written back), and each method commits at once, so that no row stays locked while a password hash
 * is computed.
 * <ul>
 *   <li>Per account: an attempt first takes its turn, which counts it as a failure and starts a delay of
 *       1 s, doubling with each failure in a row up to 60 s; while that delay runs, attempts get no turn
 *       and are not counted. A right password then forgets the streak. So however many guesses arrive in
 *       parallel, one per delay is checked, and the owner gets in once the delay is over.</li>
 *   <li>Per client address: {@value #ADDRESS_LIMIT} failures in a window of 10 minutes refuse the address
 *       for the rest of the window, for any account.</li>
 * </ul>
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FIRST_DELAY_SECONDS = 1;
    static final int LONGEST_DELAY_SECONDS = 60;
    /** A streak whose last failure is this old is forgotten. */
    static final Duration STREAK_FORGOTTEN = Duration.ofMinutes(15);

    static final int ADDRESS_LIMIT = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    /** A turn taken: the failures in a row it makes (this attempt included) and when the next may come. */
    public record Turn(int failures, Instant nextAttemptAt) {}

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** Counts this attempt as a failure and starts the next delay; empty while a delay runs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Turn> takeTurn(long accountId, Instant now) {
        em.createNativeQuery("delete from login_delay where account_id = ?1 and last_failure_at < ?2")
                .setParameter(1, accountId)
                .setParameter(2, Timestamp.from(now.minus(STREAK_FORGOTTEN)))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> taken = em.createNativeQuery("""
                insert into login_delay as d (account_id, failures, last_failure_at, next_attempt_at)
                values (?1, 1, ?2, cast(?2 as timestamptz) + cast(?3 as integer) * interval '1 second')
                on conflict (account_id) do update
                set failures = d.failures + 1,
                    last_failure_at = excluded.last_failure_at,
                    next_attempt_at = excluded.last_failure_at
                        + least(cast(?4 as integer), cast(?3 as integer) * power(2, least(d.failures, 30))) * interval '1 second'
                where d.next_attempt_at <= excluded.last_failure_at
                returning failures, next_attempt_at""")
                .setParameter(1, accountId)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, FIRST_DELAY_SECONDS)
                .setParameter(4, LONGEST_DELAY_SECONDS)
                .getResultList();
        return taken.stream().findFirst().map(row -> new Turn(((Number) row[0]).intValue(), instant(row[1])));
    }

    /** The password was right: the streak is over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long accountId) {
        em.createNativeQuery("delete from login_delay where account_id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    /** Whether the address has used up its failures in the current window. */
    public boolean addressRefused(String address, Instant now) {
        List<?> full = em.createNativeQuery(
                        "select 1 from login_address where address = ?1 and window_started_at > ?2 and failures >= ?3")
                .setParameter(1, address)
                .setParameter(2, Timestamp.from(now.minus(ADDRESS_WINDOW)))
                .setParameter(3, ADDRESS_LIMIT)
                .getResultList();
        return !full.isEmpty();
    }

    /** Counts a failure from the address; returns the failures of its window so far, this one included. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int addressFailed(String address, Instant now) {
        // windows that are over count for nothing: forget them, or every address that ever failed would stay
        em.createNativeQuery("delete from login_address where window_started_at <= ?1 and address <> ?2")
                .setParameter(1, Timestamp.from(now.minus(ADDRESS_WINDOW)))
                .setParameter(2, address)
                .executeUpdate();
        Object failures = em.createNativeQuery("""
                insert into login_address as a (address, window_started_at, failures) values (?1, ?2, 1)
                on conflict (address) do update
                set failures = case when a.window_started_at <= ?3 then 1 else a.failures + 1 end,
                    window_started_at = case when a.window_started_at <= ?3 then excluded.window_started_at
                                             else a.window_started_at end
                returning failures""")
                .setParameter(1, address)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(ADDRESS_WINDOW)))
                .getSingleResult();
        return ((Number) failures).intValue();
    }

    /**
     * The counted part of a client address: an IPv4 address as it is, an IPv6 address by its /64 prefix
     * (one connection usually has a whole /64 to pick addresses from).
     */
    static String addressKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        if (!remoteAddress.contains(":")) {
            return remoteAddress;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(remoteAddress).getAddress();
            if (bytes.length != 16) {
                return remoteAddress; // an IPv4 address in IPv6 notation
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (java.net.UnknownHostException notAnAddress) {
            return remoteAddress.length() > 45 ? remoteAddress.substring(0, 45) : remoteAddress;
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp
                ? timestamp.toInstant()
                : ((java.time.OffsetDateTime) value).toInstant();
    }
}

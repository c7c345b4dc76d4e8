package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

/**
 * Order numbers and access tokens. A number is readable and unique on every node: the placing year (Europe/Berlin) and
 * the next value of one PostgreSQL sequence, {@code 2026-000123}; its seller orders append their position,
 * {@code 2026-000123-1}. Numbers are no secret (access is checked); the guest's token is 128 random bits.
 */
@ApplicationScoped
public class OrderNumbers {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** The next customer order's number. */
    public String next(Instant now) {
        long value = ((Number) em.createNativeQuery("select nextval('shop_order_number_seq')")
                        .getSingleResult())
                .longValue();
        return customerOrder(now.atZone(BERLIN).getYear(), value);
    }

    static String customerOrder(int year, long value) {
        return String.format("%04d-%06d", year, value);
    }

    /** The number of the seller order at {@code position} (from 1). */
    public static String sellerOrder(String customerOrderNumber, int position) {
        if (position < 1) {
            throw new IllegalArgumentException("positions count from 1, not " + position);
        }
        return customerOrderNumber + "-" + position;
    }

    /** A guest's access token: 128 random bits, base64url without padding (22 characters). */
    public static String accessToken() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }
}

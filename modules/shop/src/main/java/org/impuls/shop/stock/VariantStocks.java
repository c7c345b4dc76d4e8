package org.impuls.shop.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.shop.api.StockChanged;
import org.impuls.shop.api.StockLedger;
import org.impuls.shop.api.StockLevel;

/**
 * The shop's stock ledger on {@code shop_variant_stock}: every change is one guarded update of the variant's row
 * (PostgreSQL locks that row until the transaction ends, so concurrent buyers of the last units queue there instead of
 * colliding on the product's version), and each fires a {@link StockChanged}. Rows are locked in the order reservation,
 * then stock; {@link #expireDue} changes stock rows in ascending variant id, so that it cannot deadlock with a checkout.
 */
@ApplicationScoped
public class VariantStocks implements StockLedger {

    /** Reservations expired per statement: a long backlog is worked off in rounds, not in one huge statement. */
    static final int EXPIRY_BATCH = 500;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<StockChanged> changed;

    @Override
    @Transactional
    public long reserve(long variantId, int quantity, String reference, Instant until) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "reserve at least one unit, not " + quantity);
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new InvalidInputException(
                    "reference", "say whose reservation it is (e.g. order:123), in at most 100 characters");
        }
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            throw new InvalidInputException("until", "a reservation must hold beyond now");
        }
        List<Object[]> taken = rows(em.createNativeQuery("""
                update shop_variant_stock s set reserved = s.reserved + ?2 from shop_variant v
                where s.variant_id = ?1 and v.id = s.variant_id and (s.on_hand is null or s.on_hand - s.reserved >= ?2)
                returning s.on_hand, s.reserved, v.product_id""")
                .setParameter(1, variantId)
                .setParameter(2, quantity)
                .getResultList());
        if (taken.isEmpty()) {
            throw refusal(variantId, quantity);
        }
        Number id = (Number) em.createNativeQuery("""
                insert into shop_stock_reservation (variant_id, quantity, reference, held_until, created_at)
                values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, variantId)
                .setParameter(2, quantity)
                .setParameter(3, reference.strip())
                .setParameter(4, Timestamp.from(until))
                .setParameter(5, Timestamp.from(now))
                .getSingleResult();
        fire(variantId, taken.get(0), -quantity, 0);
        return id.longValue();
    }

    @Override
    @Transactional
    public void commit(long reservationId) {
        Held held = lock(reservationId);
        if (held.state().commitMoves(reservationId)) {
            close(reservationId, ReservationState.COMMITTED);
            // a merchant who counted fewer than were reserved sold them anyway: the count stops at zero
            List<Object[]> after = rows(em.createNativeQuery("""
                    update shop_variant_stock s set on_hand = case when s.on_hand is null then null else greatest(s.on_hand - ?2, 0) end,
                        reserved = s.reserved - ?2 from shop_variant v where s.variant_id = ?1 and v.id = s.variant_id
                    returning s.on_hand, s.reserved, v.product_id""")
                    .setParameter(1, held.variantId())
                    .setParameter(2, held.quantity())
                    .getResultList());
            after.stream().findFirst().ifPresent(row -> fire(held.variantId(), row, held.quantity(), held.quantity()));
        }
    }

    @Override
    @Transactional
    public void release(long reservationId) {
        Held held = lock(reservationId);
        if (held.state().releaseMoves(reservationId)) {
            close(reservationId, ReservationState.RELEASED);
            giveBack(held.variantId(), held.quantity());
        }
    }

    @Override
    @Transactional
    public int expireDue(Instant now) {
        int expired = 0;
        List<Object[]> batch;
        do {
            // skip locked: a reservation being committed or released right now is that transaction's
            batch = rows(em.createNativeQuery("""
                    update shop_stock_reservation r set state = 'EXPIRED', closed_at = ?1
                    where r.id in (select id from shop_stock_reservation where state = 'HELD' and held_until <= ?1
                                   order by id limit ?2 for update skip locked)
                    returning r.variant_id, r.quantity""")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, EXPIRY_BATCH)
                    .getResultList());
            Map<Long, Integer> perVariant = new TreeMap<>();
            batch.forEach(
                    row -> perVariant.merge(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), Integer::sum));
            perVariant.forEach(this::giveBack);
            expired += batch.size();
        } while (batch.size() == EXPIRY_BATCH);
        return expired;
    }

    /** In a transaction of its own when called outside one: a container-managed EntityManager without one may be closed under it. */
    @Override
    @Transactional
    public Map<Long, StockLevel> levels(Collection<Long> variantIds) {
        Map<Long, StockLevel> levels = new HashMap<>();
        if (variantIds.isEmpty()) {
            return levels;
        }
        List<Object[]> rows = rows(em.createNativeQuery("select variant_id, on_hand, reserved from shop_variant_stock "
                        + "where variant_id = any(cast(?1 as bigint[]))")
                .setParameter(1, arrayLiteral(variantIds))
                .getResultList());
        for (Object[] row : rows) {
            levels.put(((Number) row[0]).longValue(), level(row[1], row[2]));
        }
        return levels;
    }

    /** The stock of one variant; untracked when it has no row. Its own transaction too: the call to levels is not intercepted. */
    @Transactional
    public StockLevel level(long variantId) {
        return levels(List.of(variantId)).getOrDefault(variantId, StockLevel.UNTRACKED);
    }

    /**
     * The merchant's count of a variant (null: not tracked), from the product form or the CSV import: an absolute
     * number, set in the variant's stock row and never through the product; reservations stay held.
     */
    @Transactional
    public void set(long variantId, Integer onHand) {
        if (onHand != null && onHand < 0) {
            throw new InvalidInputException("stock", "the stock cannot be below zero");
        }
        List<Object[]> before =
                rows(em.createNativeQuery("select s.on_hand, s.reserved, v.product_id from shop_variant_stock s "
                                + "join shop_variant v on v.id = s.variant_id where s.variant_id = ?1 for update of s")
                        .setParameter(1, variantId)
                        .getResultList());
        if (!before.isEmpty()
                && Objects.equals(level(before.get(0)[0], before.get(0)[1]).onHand(), onHand)) {
            return;
        }
        List<Object[]> after = rows(em.createNativeQuery("""
                insert into shop_variant_stock as s (variant_id, on_hand) values (?1, cast(?2 as integer))
                on conflict (variant_id) do update set on_hand = excluded.on_hand
                returning s.on_hand, s.reserved, (select product_id from shop_variant where id = ?1)""")
                .setParameter(1, variantId)
                .setParameter(2, onHand)
                .getResultList());
        if (!before.isEmpty()) {
            StockLevel was = level(before.get(0)[0], before.get(0)[1]);
            StockLevel now = level(after.get(0)[0], after.get(0)[1]);
            changed.fire(new StockChanged(
                    variantId,
                    ((Number) after.get(0)[2]).longValue(),
                    now.available(),
                    was.inStock() != now.inStock()));
        }
    }

    /** The refusal of a reservation the guarded update did not take: too few left, or no such variant. */
    private RuntimeException refusal(long variantId, int quantity) {
        List<Object[]> rows =
                rows(em.createNativeQuery("select on_hand, reserved from shop_variant_stock where variant_id = ?1")
                        .setParameter(1, variantId)
                        .getResultList());
        if (rows.isEmpty()) {
            return new NotFoundException("there is no variant " + variantId + " with stock");
        }
        return level(rows.get(0)[0], rows.get(0)[1]).refusal(quantity);
    }

    private record Held(long variantId, int quantity, ReservationState state) {}

    /** The reservation, locked until the transaction ends: a commit and a release of it cannot both move stock. */
    private Held lock(long reservationId) {
        List<Object[]> rows = rows(em.createNativeQuery(
                        "select variant_id, quantity, state from shop_stock_reservation where id = ?1 for update")
                .setParameter(1, reservationId)
                .getResultList());
        if (rows.isEmpty()) {
            throw new NotFoundException("there is no stock reservation " + reservationId);
        }
        Object[] row = rows.get(0);
        return new Held(
                ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), ReservationState.valueOf((String) row[2]));
    }

    private void close(long reservationId, ReservationState state) {
        em.createNativeQuery("update shop_stock_reservation set state = ?2, closed_at = ?3 where id = ?1")
                .setParameter(1, reservationId)
                .setParameter(2, state.name())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Released units are available again. */
    private void giveBack(long variantId, int quantity) {
        List<Object[]> after = rows(em.createNativeQuery("""
                update shop_variant_stock s set reserved = s.reserved - ?2 from shop_variant v
                where s.variant_id = ?1 and v.id = s.variant_id returning s.on_hand, s.reserved, v.product_id""")
                .setParameter(1, variantId)
                .setParameter(2, quantity)
                .getResultList());
        after.stream().findFirst().ifPresent(row -> fire(variantId, row, quantity, 0));
    }

    /**
     * Tells observers what a change left; {@code reservedTaken} and {@code onHandTaken} are what the change took off
     * reserved and on hand (negative: added), to see whether the variant sold out or came back.
     */
    private void fire(long variantId, Object[] row, int reservedTaken, int onHandTaken) {
        StockLevel now = level(row[0], row[1]);
        StockLevel was = new StockLevel(
                now.onHand() == null ? null : now.onHand() + onHandTaken, now.reserved() + reservedTaken);
        changed.fire(new StockChanged(
                variantId, ((Number) row[2]).longValue(), now.available(), was.inStock() != now.inStock()));
    }

    private static StockLevel level(Object onHand, Object reserved) {
        return new StockLevel(onHand == null ? null : ((Number) onHand).intValue(), ((Number) reserved).intValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }

    private static String arrayLiteral(Collection<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }
}

package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.impuls.core.api.StaffDirectory.LinkState;

/**
 * Which businesses an account works for. The directory owns the businesses; this is only the link,
 * pending until the directory admits the business, active after.
 */
@ApplicationScoped
public class StaffLinks {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** The businesses whose links are in this state, by id. */
    public Set<Long> businessesOf(long accountId, LinkState state) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "select business_id from staff_link where account_id = ?1 and state = ?2 "
                                + "order by business_id")
                .setParameter(1, accountId)
                .setParameter(2, state.name())
                .getResultList();
        Set<Long> businesses = new LinkedHashSet<>();
        ids.forEach(id -> businesses.add(id.longValue()));
        return businesses;
    }

    /** Account ids, whether each is the owner and whether its link is active; owners first. */
    public List<Object[]> staffOf(long businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select account_id, business_role = 'OWNER', state = 'ACTIVE' from staff_link "
                                + "where business_id = ?1 order by business_role, created_at")
                .setParameter(1, businessId)
                .getResultList();
        return rows;
    }

    @Transactional
    public void link(long accountId, long businessId, boolean owner, LinkState state, Instant now) {
        em.createNativeQuery(
                        "insert into staff_link (account_id, business_id, business_role, state, created_at) values (?1, ?2, ?3, ?4, ?5) "
                                + "on conflict (account_id, business_id) do update set business_role = excluded.business_role, state = excluded.state")
                .setParameter(1, accountId)
                .setParameter(2, businessId)
                .setParameter(3, owner ? "OWNER" : "STAFF")
                .setParameter(4, state.name())
                .setParameter(5, java.sql.Timestamp.from(now))
                .executeUpdate();
    }

    /** Puts every link of the business into the state: active when it is admitted, pending when it is not. */
    @Transactional
    public void changeState(long businessId, LinkState state) {
        em.createNativeQuery("update staff_link set state = ?2 where business_id = ?1")
                .setParameter(1, businessId)
                .setParameter(2, state.name())
                .executeUpdate();
    }

    @Transactional
    public void unlink(long accountId, long businessId) {
        em.createNativeQuery("delete from staff_link where account_id = ?1 and business_id = ?2")
                .setParameter(1, accountId)
                .setParameter(2, businessId)
                .executeUpdate();
    }

    void removeAllOf(long accountId) {
        em.createNativeQuery("delete from staff_link where account_id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
    }
}

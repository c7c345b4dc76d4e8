package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which businesses an account works for. The directory owns the businesses; this is only the link. */
@ApplicationScoped
public class StaffLinks {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public Set<Long> businessesOf(long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select business_id from staff_link where account_id = ?1 order by business_id")
                .setParameter(1, accountId).getResultList();
        Set<Long> businesses = new LinkedHashSet<>();
        ids.forEach(id -> businesses.add(id.longValue()));
        return businesses;
    }

    /** Account ids and whether each is the owner, owners first. */
    public List<Object[]> staffOf(long businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select account_id, business_role = 'OWNER' from staff_link "
                + "where business_id = ?1 order by business_role, created_at").setParameter(1, businessId).getResultList();
        return rows;
    }

    @Transactional
    public void link(long accountId, long businessId, boolean owner, Instant now) {
        em.createNativeQuery("insert into staff_link (account_id, business_id, business_role, created_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (account_id, business_id) do update set business_role = excluded.business_role")
                .setParameter(1, accountId).setParameter(2, businessId).setParameter(3, owner ? "OWNER" : "STAFF")
                .setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
    }

    @Transactional
    public void unlink(long accountId, long businessId) {
        em.createNativeQuery("delete from staff_link where account_id = ?1 and business_id = ?2")
                .setParameter(1, accountId).setParameter(2, businessId).executeUpdate();
    }

    void removeAllOf(long accountId) {
        em.createNativeQuery("delete from staff_link where account_id = ?1").setParameter(1, accountId).executeUpdate();
    }
}

package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    void removeAllOf(long accountId) {
        em.createNativeQuery("delete from staff_link where account_id = ?1").setParameter(1, accountId).executeUpdate();
    }
}

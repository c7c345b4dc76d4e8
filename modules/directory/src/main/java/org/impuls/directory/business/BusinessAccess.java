package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.NotFoundException;

/**
 * The one place that decides who may change a business: its staff and operators. Everyone else gets
 * 403 (404 when there is no such business), whether they come through a page or the API. Staff means
 * an active link: an applicant waiting for admission may only read (and answer) the application.
 */
@ApplicationScoped
public class BusinessAccess {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Caller caller;

    /** The business if the caller may change it. */
    public Business editable(long businessId) {
        Business business = find(businessId);
        if (!caller.isOperator() && !caller.worksFor(businessId)) {
            throw new ForbiddenException("you are not staff of business " + businessId);
        }
        return business;
    }

    /** The business if the caller may read its application: its applicant (admitted or not), its staff, an operator. */
    public Business application(long businessId) {
        Business business = find(businessId);
        if (!caller.isOperator()
                && !caller.worksFor(businessId)
                && !caller.pendingBusinessIds().contains(businessId)) {
            throw new ForbiddenException("you did not apply for business " + businessId);
        }
        return business;
    }

    private Business find(long businessId) {
        Business business = em.find(Business.class, businessId);
        if (business == null) {
            throw new NotFoundException("no business " + businessId);
        }
        return business;
    }

    /** The businesses the caller works for, by name. */
    public List<Business> mine() {
        if (caller.businessIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Business b where b.id in :ids order by b.name", Business.class)
                .setParameter("ids", caller.businessIds())
                .getResultList();
    }
}

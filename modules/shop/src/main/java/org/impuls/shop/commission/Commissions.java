package org.impuls.shop.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Caller;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.directory.api.BusinessKind;

/**
 * The commission rates: the shop's default and the operator's percentage per seller. Always read from PostgreSQL, so
 * a change counts on every node at once; checkout copies the rate onto the seller order, so a change never reaches
 * orders already placed.
 */
@ApplicationScoped
public class Commissions {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    BusinessDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The rate in force now for a seller: its own percentage, else the default. For checkout. */
    public CommissionRate rateFor(long businessId) {
        @SuppressWarnings("unchecked")
        List<BigDecimal> percent =
                em.createNativeQuery("""
                select coalesce(
                    (select percent from shop_commission_override where business_id = ?1),
                    (select percent from shop_commission_default where id = 1))""").setParameter(1, businessId).getResultList();
        return new CommissionRate(percent.get(0));
    }

    public CommissionRate defaultRate() {
        return new CommissionRate(
                (BigDecimal) em.createNativeQuery("select percent from shop_commission_default where id = 1")
                        .getSingleResult());
    }

    /** The sellers with a percentage of their own, by business id. */
    public Map<Long, CommissionRate> overrides() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select business_id, percent from shop_commission_override order by business_id")
                .getResultList();
        Map<Long, CommissionRate> overrides = new LinkedHashMap<>();
        for (Object[] row : rows) {
            overrides.put(((Number) row[0]).longValue(), new CommissionRate((BigDecimal) row[1]));
        }
        return overrides;
    }

    /** Who pays a commission: the listed commercial businesses, and any with a percentage of its own; by name. */
    public List<BusinessInfo> sellers() {
        Set<Long> ids = new HashSet<>(directory.listedIds());
        ids.addAll(overrides().keySet());
        return directory.findAll(ids).stream()
                .filter(b -> b.kind() == BusinessKind.COMMERCIAL)
                .sorted(Comparator.comparing(BusinessInfo::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(BusinessInfo::id))
                .toList();
    }

    @Transactional
    public CommissionRate changeDefault(String percent) {
        requireOperator();
        CommissionRate rate = CommissionRate.parse(percent);
        em.createNativeQuery("update shop_commission_default set percent = ?1, changed_at = ?2 where id = 1")
                .setParameter(1, rate.percent())
                .setParameter(2, Timestamp.from(clock.instant()))
                .executeUpdate();
        audit.record("shop.commission.default.changed", "shop", rate.text() + " %");
        return rate;
    }

    /** Gives a commercial business its own percentage, also before it is listed (else 404 or 409). */
    @Transactional
    public CommissionRate override(long businessId, String percent) {
        requireOperator();
        CommissionRate rate = CommissionRate.parse(percent);
        BusinessInfo business = directory
                .find(businessId)
                .orElseThrow(() -> new NotFoundException("There is no business " + businessId + "."));
        if (business.kind() != BusinessKind.COMMERCIAL) {
            throw new ConflictException(business.name() + " sells nothing on the marketplace; only commercial"
                    + " businesses pay a commission.");
        }
        em.createNativeQuery("""
                insert into shop_commission_override (business_id, percent, changed_at) values (?1, ?2, ?3)
                on conflict (business_id) do update set percent = excluded.percent, changed_at = excluded.changed_at""")
                .setParameter(1, businessId)
                .setParameter(2, rate.percent())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        audit.record("shop.commission.seller.changed", "business:" + businessId, rate.text() + " %");
        return rate;
    }

    /** The seller pays the default again. */
    @Transactional
    public void removeOverride(long businessId) {
        requireOperator();
        int removed = em.createNativeQuery("delete from shop_commission_override where business_id = ?1")
                .setParameter(1, businessId)
                .executeUpdate();
        if (removed > 0) {
            audit.record("shop.commission.seller.removed", "business:" + businessId, "the default again");
        }
    }

    private void requireOperator() {
        if (!caller.isOperator()) {
            throw new ForbiddenException("only operators set the commission");
        }
    }
}

package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.PersonalDataSource;
import org.impuls.core.api.StaffDirectory;

/** Everything the portal holds about an account, as one JSON document (GDPR Art. 15 and 20). */
@ApplicationScoped
public class PersonalDataExport {

    /** The account's own data. */
    public record AccountData(
            long id,
            String email,
            String displayName,
            String language,
            String status,
            boolean operator,
            Instant registeredAt,
            Instant confirmedAt) {}

    /** An API token without its secret. */
    public record TokenData(String name, Instant createdAt, Instant lastUsedAt) {}

    /** A logged action concerning the account. */
    public record EventData(Instant at, String action, String clientIp) {}

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    StaffLinks staffLinks;

    @Inject
    @Any
    Instance<PersonalDataSource> sources;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public Map<String, Object> export(long accountId) {
        Account account = accounts.byId(accountId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put(
                "account",
                new AccountData(
                        account.getId(),
                        account.getEmail(),
                        account.getDisplayName(),
                        account.getLanguage(),
                        account.getStatus().name(),
                        account.isOperator(),
                        account.getCreatedAt(),
                        account.getConfirmedAt()));
        data.put(
                "apiTokens",
                apiTokens.listed(accountId).stream()
                        .map(t -> new TokenData(t.getName(), t.getCreatedAt(), t.getLastUsedAt()))
                        .toList());
        data.put(
                "worksForBusinesses", List.copyOf(staffLinks.businessesOf(accountId, StaffDirectory.LinkState.ACTIVE)));
        data.put(
                "appliedForBusinesses",
                List.copyOf(staffLinks.businessesOf(accountId, StaffDirectory.LinkState.PENDING)));
        data.put("securityEvents", events(account));
        for (PersonalDataSource source : sources) {
            data.put(source.section(), source.export(accountId));
        }
        audit.record("account.exported", account.getEmail(), null);
        return data;
    }

    private List<EventData> events(Account account) {
        return em.createQuery("""
                        select e from org.impuls.core.audit.AuditEvent e
                        where e.target = :email or e.target = :id or e.actor = :id order by e.occurredAt""", org.impuls.core.audit.AuditEvent.class)
                .setParameter("email", account.getEmail())
                .setParameter("id", "account:" + account.getId())
                .getResultStream()
                .map(e -> new EventData(e.getOccurredAt(), e.getAction(), e.getClientIp()))
                .toList();
    }
}

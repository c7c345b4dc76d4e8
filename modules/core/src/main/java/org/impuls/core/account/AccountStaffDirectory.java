package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.impuls.core.api.StaffDirectory;

/** The core's side of staff: accounts and their links to businesses, for modules. */
@ApplicationScoped
public class AccountStaffDirectory implements StaffDirectory {

    @Inject
    Accounts accounts;

    @Inject
    StaffLinks staffLinks;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Override
    public Optional<Contact> contact(long accountId) {
        return accounts.byId(accountId).filter(AccountStaffDirectory::reachable).map(AccountStaffDirectory::contactOf);
    }

    @Override
    public Optional<Contact> contactByEmail(String email) {
        return accounts.byEmail(email).filter(AccountStaffDirectory::reachable).map(AccountStaffDirectory::contactOf);
    }

    @Override
    public List<Contact> operators() {
        return em.createQuery(
                        "select a from Account a where a.operator = true and a.status = :active order by a.id",
                        Account.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .map(AccountStaffDirectory::contactOf)
                .toList();
    }

    @Override
    public List<Member> staffOf(long businessId) {
        return staffLinks.staffOf(businessId).stream()
                .flatMap(row ->
                        contact(((Number) row[0]).longValue())
                                .map(c -> new Member(c, (Boolean) row[1], (Boolean) row[2]))
                                .stream())
                .toList();
    }

    @Override
    public void link(long accountId, long businessId, boolean owner, LinkState state) {
        staffLinks.link(accountId, businessId, owner, state, clock.instant());
    }

    @Override
    public void activate(long businessId) {
        staffLinks.changeState(businessId, LinkState.ACTIVE);
    }

    @Override
    public void deactivate(long businessId) {
        staffLinks.changeState(businessId, LinkState.PENDING);
    }

    @Override
    public Set<Long> businessesOf(long accountId, LinkState state) {
        return staffLinks.businessesOf(accountId, state);
    }

    @Override
    public void unlink(long accountId, long businessId) {
        staffLinks.unlink(accountId, businessId);
    }

    private static boolean reachable(Account account) {
        return account.getStatus() == AccountStatus.ACTIVE;
    }

    private static Contact contactOf(Account account) {
        return new Contact(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                Locale.forLanguageTag(account.getLanguage()));
    }
}

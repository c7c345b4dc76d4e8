package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.impuls.core.api.GermanText;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.InvalidInputException;

/** Finds and stores accounts. */
@ApplicationScoped
public class Accounts {

    // deliberately simple: one @, something on each side, a dot in the domain; the mail link proves the rest
    static final int MAX_EMAIL = 254;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
                .setParameter("key", Account.keyOf(email))
                .getResultStream()
                .findFirst();
    }

    void add(Account account) {
        em.persist(account);
        em.flush(); // the id is needed for tokens and links at once
    }

    /** Accounts whose address or name contains the query, newest first. */
    public ResultPage<Account> search(String query, PageRequest page) {
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase()) + "%";
        long total = em.createQuery(
                        "select count(a) from Account a where a.emailKey like :q or lower(a.displayName) like :q",
                        Long.class)
                .setParameter("q", pattern)
                .getSingleResult();
        List<Account> accounts = em.createQuery(
                        "select a from Account a where a.emailKey like :q or lower(a.displayName) like :q order by a.createdAt desc, a.id desc",
                        Account.class)
                .setParameter("q", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return ResultPage.of(accounts, total, page);
    }

    static String checkEmail(String email, String field) {
        if (email == null
                || !EMAIL.matcher(email.strip()).matches()
                || email.strip().length() > MAX_EMAIL) {
            throw new InvalidInputException(field, "this is not an e-mail address");
        }
        return email.strip();
    }

    static String checkName(String name) {
        if (name == null
                || name.isBlank()
                || name.strip().length() > 120
                || GermanText.fold(name).isBlank()) {
            throw new InvalidInputException("displayName", "please give a name of at most 120 characters");
        }
        return name.strip();
    }
}

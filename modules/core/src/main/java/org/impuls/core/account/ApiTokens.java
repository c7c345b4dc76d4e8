package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Personal API tokens: created and revoked by their owner, sent as {@code Authorization: Bearer …}. Each
 * expires after a lifetime chosen at creation (1 to 365 days, 90 unless said otherwise).
 */
@ApplicationScoped
public class ApiTokens {

    static final String PREFIX = "impuls_";
    static final int MAX_PER_ACCOUNT = 20;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;

    /** A new token: the secret is shown this once. */
    public record Created(ApiToken token, String secret) {}

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A new token living {@code expiresInDays} days (null: {@value #DEFAULT_DAYS}). */
    @Transactional
    public Created create(long accountId, String name, Integer expiresInDays) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new InvalidInputException("name", "give the token a name of at most 80 characters");
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("expiresInDays", "a token lives from 1 to " + MAX_DAYS + " days");
        }
        Instant now = clock.instant();
        if (listed(accountId).stream().filter(token -> token.active(now)).count() >= MAX_PER_ACCOUNT) {
            throw new InvalidInputException("name", "at most " + MAX_PER_ACCOUNT + " tokens; revoke one first");
        }
        String secret = Secrets.newSecret(PREFIX);
        ApiToken token =
                new ApiToken(accountId, name.strip(), Secrets.hash(secret), now, now.plus(Duration.ofDays(days)));
        em.persist(token);
        audit.record(
                "api-token.created", "account:" + accountId, token.getName() + ", expires " + token.getExpiresAt());
        return new Created(token, secret);
    }

    /** The account's tokens that were not revoked, expired ones included (they are shown as expired until revoked). */
    public List<ApiToken> listed(long accountId) {
        return em.createQuery(
                        "select t from ApiToken t where t.accountId = :account and t.revokedAt is null order by t.createdAt",
                        ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** Whether the token has expired, for showing it so. */
    public boolean isExpired(ApiToken token) {
        return token.isExpired(clock.instant());
    }

    /** Revokes one of the account's own tokens; false if it has no such token. */
    @Transactional
    public boolean revoke(long accountId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getAccountId().equals(accountId)) {
            return false;
        }
        token.revoke(clock.instant());
        audit.record("api-token.revoked", "account:" + accountId, token.getName());
        return true;
    }

    /** The account a bearer secret belongs to, if the token is neither revoked nor expired and the account may log in. */
    @Transactional
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Secrets.hash(secret))
                .getResultStream()
                .findFirst()
                .filter(token -> token.active(clock.instant()))
                .flatMap(token -> {
                    token.used(clock.instant());
                    return accounts.byId(token.getAccountId());
                })
                .filter(Account::canLogIn);
    }

    void revokeAll(long accountId) {
        listed(accountId).forEach(token -> token.revoke(clock.instant()));
    }
}

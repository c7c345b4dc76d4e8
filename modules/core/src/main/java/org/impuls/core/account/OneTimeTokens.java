package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Issues and redeems the secret links sent by mail. */
@ApplicationScoped
public class OneTimeTokens {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    /** Returns the secret to put into the link; only its hash is stored. */
    String issue(long accountId, OneTimeToken.Purpose purpose, Duration validFor, String newEmail) {
        String secret = Secrets.newSecret("");
        var now = clock.instant();
        em.persist(new OneTimeToken(accountId, purpose, Secrets.hash(secret), newEmail, now, now.plus(validFor)));
        return secret;
    }

    /** The token, used up, if the secret is valid for that purpose and not expired or used. */
    Optional<OneTimeToken> redeem(String secret, OneTimeToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<OneTimeToken> token = em.createQuery(
                        "select t from OneTimeToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        OneTimeToken.class)
                .setParameter("hash", Secrets.hash(secret.strip()))
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst()
                .filter(t -> t.usable(clock.instant()));
        token.ifPresent(t -> t.use(clock.instant()));
        return token;
    }
}

package org.impuls.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.impuls.core.api.error.InvalidInputException;

/** Password hashing (PBKDF2-HMAC-SHA512, 210,000 iterations, as OWASP advises) and the password rules. */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String dummyHash;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        dummyHash = pbkdf2.generate("no-such-account".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /**
     * Whether the password fits the hash. Without a hash (no such account, or a deleted one) it is checked
     * against a hash of nothing real, so that every answer costs one full PBKDF2 computation and unknown
     * addresses cannot be told apart by timing.
     */
    public boolean matches(String password, String hash) {
        char[] given = password == null ? new char[0] : password.toCharArray();
        boolean fits = pbkdf2.verify(given, hash == null ? dummyHash : hash);
        return fits && hash != null && password != null;
    }

    /** Refuses passwords that are too short, too long or the e-mail address itself. */
    static void checkRules(String password, String field, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "the password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "the password may have at most " + MAX_LENGTH + " characters");
        }
        if (email != null && password.equalsIgnoreCase(email.strip())) {
            throw new InvalidInputException(field, "the password must not be the e-mail address");
        }
    }
}

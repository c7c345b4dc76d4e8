package org.impuls.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login decision: one answer and one password-hash computation, whatever made the attempt fail. */
class CredentialsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String RIGHT = "annas-passwort";
    private static final String ADDRESS = "203.0.113.9";

    private final CountingHash pbkdf2 = new CountingHash();
    private final ControlledThrottle throttle = new ControlledThrottle();
    private final List<String> audited = new ArrayList<>();
    private final Set<Long> tokensRevoked = new HashSet<>();
    private Credentials credentials;
    private Account anna;

    @BeforeEach
    void wire() {
        Passwords passwords = new Passwords();
        passwords.pbkdf2 = pbkdf2;
        passwords.init();
        anna = new Account("anna@example.org", "Anna", passwords.hash(RIGHT), "de", NOW) {
            @Override
            public Long getId() {
                return 7L;
            }
        };
        anna.confirm(NOW);
        credentials = new Credentials();
        credentials.accounts = new Accounts() {
            @Override
            public Optional<Account> byEmail(String email) {
                return Optional.of(anna).filter(account -> account.getEmail().equalsIgnoreCase(email));
            }

            @Override
            public Optional<Account> byId(long id) {
                return Optional.of(anna).filter(account -> account.getId() == id);
            }
        };
        credentials.passwords = passwords;
        credentials.throttle = throttle;
        credentials.apiTokens = new ApiTokens() {
            @Override
            void revokeAll(long accountId) {
                tokensRevoked.add(accountId);
            }
        };
        credentials.audit = (action, target, detail) -> audited.add(action + " " + target + " " + detail);
        credentials.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void unknownAddressWrongPasswordAndThrottledAttemptsGetTheSameAnswer() {
        LoginResult unknown = credentials.authenticate("nobody@example.org", RIGHT, ADDRESS);
        LoginResult wrong = credentials.authenticate("anna@example.org", "falsch-falsch", ADDRESS);
        throttle.delayed.add(7L);
        LoginResult rightDuringTheDelay = credentials.authenticate("anna@example.org", RIGHT, ADDRESS);
        LoginResult wrongDuringTheDelay = credentials.authenticate("anna@example.org", "falsch-falsch", ADDRESS);
        throttle.delayed.clear();
        throttle.refusedAddresses.add(ADDRESS);
        LoginResult rightFromARefusedAddress = credentials.authenticate("anna@example.org", RIGHT, ADDRESS);

        assertThat(List.of(unknown, wrong, rightDuringTheDelay, wrongDuringTheDelay, rightFromARefusedAddress))
                .containsOnly(LoginResult.refused(LoginResult.Outcome.WRONG));
    }

    @Test
    void everyAnswerThatDependsOnTheAccountCostsExactlyOnePasswordHash() {
        assertThat(verificationsFor(() -> credentials.authenticate("nobody@example.org", "irgendwas-1", ADDRESS)))
                .as("unknown address")
                .isEqualTo(1);
        assertThat(verificationsFor(() -> credentials.authenticate("anna@example.org", "falsch-falsch", ADDRESS)))
                .as("wrong password")
                .isEqualTo(1);
        throttle.delayed.add(7L);
        assertThat(verificationsFor(() -> credentials.authenticate("anna@example.org", RIGHT, ADDRESS)))
                .as("during the delay")
                .isEqualTo(1);
        throttle.delayed.clear();
        assertThat(verificationsFor(() -> credentials.authenticate("anna@example.org", RIGHT, ADDRESS)))
                .as("right password")
                .isEqualTo(1);
        throttle.refusedAddresses.add(ADDRESS);
        assertThat(verificationsFor(() -> credentials.authenticate("anna@example.org", RIGHT, ADDRESS)))
                .as("a refused address is refused for every account alike: no hash needed to hide anything")
                .isZero();
    }

    @Test
    void theRightPasswordOnItsTurnLogsInAndEndsTheStreak() {
        LoginResult result = credentials.authenticate("ANNA@example.org", RIGHT, ADDRESS);

        assertThat(result.outcome()).isEqualTo(LoginResult.Outcome.VALID);
        assertThat(result.account()).containsSame(anna);
        assertThat(throttle.turnsTaken).containsExactly(7L);
        assertThat(throttle.succeeded).containsExactly(7L);
        assertThat(throttle.addressFailures).isEmpty();
    }

    @Test
    void aThrottledAttemptIsNeitherCheckedNorCountedForTheAccountButForTheAddress() {
        throttle.delayed.add(7L);

        credentials.authenticate("anna@example.org", RIGHT, ADDRESS);

        assertThat(throttle.succeeded).isEmpty();
        assertThat(throttle.addressFailures).containsExactly(ADDRESS);
        assertThat(audited).singleElement().asString().startsWith("login.throttled anna@example.org");
    }

    @Test
    void everyFailureCountsForTheClientAddressAndReachingTheLimitIsAudited() {
        credentials.authenticate("nobody@example.org", RIGHT, ADDRESS);
        throttle.addressCount = LoginThrottle.ADDRESS_LIMIT - 1;
        credentials.authenticate("anna@example.org", "falsch-falsch", "2001:db8:1:2:3:4:5:6");

        assertThat(throttle.addressFailures).containsExactly(ADDRESS, "2001:db8:1:2::/64");
        assertThat(audited)
                .anyMatch(line -> line.startsWith("login.failed nobody@example.org unknown address"))
                .anyMatch(line -> line.startsWith("login.failed anna@example.org wrong password, 1 in a row"))
                .anyMatch(line -> line.startsWith("login.address-refused 2001:db8:1:2::/64"));
    }

    @Test
    void aPasswordChangeStartsANewSessionGenerationAndRevokesTheTokens() {
        int generation = anna.getCredentialsGeneration();

        credentials.changePassword(7L, RIGHT, "ganz-neues-passwort");

        assertThat(anna.getCredentialsGeneration()).isEqualTo(generation + 1);
        assertThat(tokensRevoked).containsExactly(7L);
        assertThat(credentials
                        .authenticate("anna@example.org", "ganz-neues-passwort", ADDRESS)
                        .outcome())
                .isEqualTo(LoginResult.Outcome.VALID);
    }

    @Test
    void ipv6AddressesCountByTheirPrefix() {
        assertThat(LoginThrottle.addressKey("2001:db8:0:1:aaaa::1"))
                .isEqualTo(LoginThrottle.addressKey("2001:db8:0:1::2"))
                .isEqualTo("2001:db8:0:1::/64");
        assertThat(LoginThrottle.addressKey("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.addressKey(null)).isEqualTo("unknown");
    }

    private int verificationsFor(Runnable attempt) {
        int before = pbkdf2.verifications;
        attempt.run();
        return pbkdf2.verifications - before;
    }

    /** Stands in for PBKDF2 ("hash:" + password) and counts each verification. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        int verifications;

        @Override
        public void initialize(Map<String, String> parameters) {}

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hash) {
            verifications++;
            return hash.equals(generate(password));
        }
    }

    /** A throttle whose state the test sets: which accounts wait, which addresses are refused. */
    private static final class ControlledThrottle extends LoginThrottle {
        final Set<Long> delayed = new HashSet<>();
        final Set<String> refusedAddresses = new HashSet<>();
        final List<Long> turnsTaken = new ArrayList<>();
        final List<Long> succeeded = new ArrayList<>();
        final List<String> addressFailures = new ArrayList<>();
        int addressCount;

        @Override
        public Optional<Turn> takeTurn(long accountId, Instant now) {
            if (delayed.contains(accountId)) {
                return Optional.empty();
            }
            turnsTaken.add(accountId);
            return Optional.of(new Turn(1, now.plusSeconds(1)));
        }

        @Override
        public void succeeded(long accountId) {
            succeeded.add(accountId);
        }

        @Override
        public boolean addressRefused(String address, Instant now) {
            return refusedAddresses.contains(address);
        }

        @Override
        public int addressFailed(String address, Instant now) {
            addressFailures.add(address);
            return ++addressCount;
        }
    }
}

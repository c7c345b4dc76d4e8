package org.impuls.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static Account confirmedAccount() {
        Account account = new Account("Anna@Example.org ", "Anna", "hash", "de", NOW);
        account.confirm(NOW);
        return account;
    }

    @Test
    void addressesAreFoundWhateverTheirCase() {
        assertThat(Account.keyOf(" Anna@Example.ORG")).isEqualTo("anna@example.org");
        assertThat(confirmedAccount().getEmail()).isEqualTo("Anna@Example.org");
    }

    @Test
    void onlyAConfirmedAccountCanLogIn() {
        Account fresh = new Account("a@example.org", "A", "hash", "de", NOW);
        assertThat(fresh.canLogIn()).isFalse();

        fresh.confirm(NOW);
        assertThat(fresh.canLogIn()).isTrue();
    }

    @Test
    void aNewPasswordStartsANewCredentialsGeneration() {
        Account account = confirmedAccount();
        int before = account.getCredentialsGeneration();

        account.changePassword("new-hash");

        assertThat(account.getCredentialsGeneration()).isEqualTo(before + 1);
    }

    @Test
    void lockingNeedsAnUnlockAndKeepsConfirmation() {
        Account account = confirmedAccount();
        account.lock("Spam");
        assertThat(account.canLogIn()).isFalse();
        assertThat(account.getLockReason()).isEqualTo("Spam");

        account.unlock();

        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.getLockReason()).isNull();
    }

    @Test
    void erasingRemovesPersonalData() {
        Account account = confirmedAccount();
        account.makeOperator();

        account.erase(NOW);

        assertThat(account.getStatus()).isEqualTo(AccountStatus.DELETED);
        assertThat(account.getEmail()).startsWith("deleted-").endsWith("@invalid");
        assertThat(account.getDisplayName()).isEqualTo("—");
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.isOperator()).isFalse();
        assertThatThrownBy(() -> account.lock("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void passwordRulesNameTheField() {
        assertThatThrownBy(() -> Passwords.checkRules("kurz", "newPassword", "a@example.org"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).contains("newPassword"));
        assertThatThrownBy(() -> Passwords.checkRules("A@Example.org", "password", "a@example.org"))
                .hasMessageContaining("e-mail");
        Passwords.checkRules("lang-genug-1", "password", "a@example.org");
    }

    @Test
    void secretsAreLongRandomAndStoredOnlyAsHash() {
        String one = Secrets.newSecret("impuls_");
        String two = Secrets.newSecret("impuls_");

        assertThat(one).startsWith("impuls_").hasSizeGreaterThan(40).isNotEqualTo(two);
        assertThat(Secrets.hash(one)).hasSize(64).isEqualTo(Secrets.hash(one)).isNotEqualTo(Secrets.hash(two));
    }
}

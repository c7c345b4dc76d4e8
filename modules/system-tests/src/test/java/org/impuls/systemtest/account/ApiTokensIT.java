package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.impuls.systemtest.account.Accounts.PASSWORD;
import static org.impuls.systemtest.account.Accounts.bearer;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal API tokens expire (90 days unless chosen otherwise), and one made in a session needs the password again. */
@ExtendWith(Portal.class)
class ApiTokensIT {

    @Test
    void aTokenLivesNinetyDaysUnlessItsCreatorChoseOneToThreeHundredSixtyFiveDays(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "lifetime");

        Http.Answer standard = create(http, email, null);
        Http.Answer oneDay = create(http, email, 1);
        Http.Answer tooLong = create(http, email, 366);
        Http.Answer none = create(http, email, 0);

        assertThat(expiresAt(standard.json()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(90)), within(5, ChronoUnit.MINUTES));
        assertThat(expiresAt(oneDay.json()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(1)), within(5, ChronoUnit.MINUTES));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(field(tooLong)).isEqualTo("expiresInDays");
        assertThat(none.status()).isEqualTo(400);
        assertThat(field(none)).isEqualTo("expiresInDays");
    }

    @Test
    void anExpiredTokenIsRefusedAndListedAsExpired(Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "expiry");
        JsonObject shortLived = create(http, email, 1).json();
        String other = Accounts.tokenFor(http, email, PASSWORD);
        long id = shortLived.getJsonNumber("id").longValue();
        assertThat(http.get("/api/core/me", "Authorization", bearer(shortLived.getString("token")))
                        .status())
                .isEqualTo(200);

        database.update(
                "update api_token set expires_at = now() - interval '1 minute' where id = ?", id); // a day has passed

        Http.Answer refused = http.get("/api/core/me", "Authorization", bearer(shortLived.getString("token")));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(refused.json().getString("detail")).contains("expired");
        var listed =
                http.get("/api/core/me/tokens", "Authorization", bearer(other)).jsonArray();
        assertThat(listed.getValuesAs(JsonObject.class))
                .anySatisfy(token -> {
                    assertThat(token.getJsonNumber("id").longValue()).isEqualTo(id);
                    assertThat(token.getBoolean("expired")).isTrue();
                })
                .anySatisfy(token -> assertThat(token.getBoolean("expired")).isFalse());
    }

    @Test
    void aNewTokenInASessionOrWithATokenAsksForThePasswordAgain(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "reauth");
        String session = http.logIn(email, PASSWORD);
        String token = Accounts.tokenFor(http, email, PASSWORD);

        Http.Answer withoutPassword = http.json(
                "POST", "/api/core/me/tokens", "{\"name\":\"ohne\"}", "Cookie", session, "Origin", http.baseUrl());
        Http.Answer wrongPassword = http.json(
                "POST",
                "/api/core/me/tokens",
                "{\"name\":\"falsch\",\"password\":\"falsch-falsch\"}",
                "Cookie",
                session,
                "Origin",
                http.baseUrl());
        Http.Answer byTokenAlone =
                http.json("POST", "/api/core/me/tokens", "{\"name\":\"nachschub\"}", "Authorization", bearer(token));
        Http.Answer confirmed = http.json(
                "POST",
                "/api/core/me/tokens",
                "{\"name\":\"mit\",\"password\":\"" + PASSWORD + "\",\"expiresInDays\":30}",
                "Cookie",
                session,
                "Origin",
                http.baseUrl());

        assertThat(withoutPassword.status()).isEqualTo(400);
        assertThat(field(withoutPassword)).isEqualTo("password");
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(field(wrongPassword)).isEqualTo("password");
        assertThat(byTokenAlone.status()).isEqualTo(400);
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(expiresAt(confirmed.json()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(5, ChronoUnit.MINUTES));
        assertThat(http.get("/api/core/me/tokens", "Authorization", bearer(token))
                        .jsonArray())
                .as("only the confirmed one was made")
                .hasSize(2);
    }

    private static Http.Answer create(Http http, String email, Integer days) {
        return http.json(
                "POST",
                "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"t\""
                        + (days == null ? "" : ",\"expiresInDays\":" + days) + "}");
    }

    private static Instant expiresAt(JsonObject token) {
        return Instant.parse(token.getString("expiresAt"));
    }

    private static String field(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}

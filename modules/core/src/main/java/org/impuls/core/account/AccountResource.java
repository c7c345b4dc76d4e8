package org.impuls.core.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Language;

/**
 * Public account endpoints: register, confirm, reset a password, and create an API token from e-mail
 * and password (how a REST client gets its first token).
 */
@Path("core")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public by nature: registration, confirmation, reset and token creation prove themselves in the body
public class AccountResource {

    /** Registration request. */
    public record NewAccount(String email, String displayName, String password, String language) {
        @JsonbCreator
        public NewAccount(
                @JsonbProperty("email") String email,
                @JsonbProperty("displayName") String displayName,
                @JsonbProperty("password") String password,
                @JsonbProperty("language") String language) {
            this.email = email;
            this.displayName = displayName;
            this.password = password;
            this.language = language;
        }
    }

    /** A secret from a mail link. */
    public record TokenBody(String token, String password) {
        @JsonbCreator
        public TokenBody(@JsonbProperty("token") String token, @JsonbProperty("password") String password) {
            this.token = token;
            this.password = password;
        }
    }

    /** An e-mail address. */
    public record EmailBody(String email) {
        @JsonbCreator
        public EmailBody(@JsonbProperty("email") String email) {
            this.email = email;
        }
    }

    /** Credentials plus a name and a lifetime (days, default 90) for the token to create. */
    public record TokenRequest(String email, String password, String name, Integer expiresInDays) {
        @JsonbCreator
        public TokenRequest(
                @JsonbProperty("email") String email,
                @JsonbProperty("password") String password,
                @JsonbProperty("name") String name,
                @JsonbProperty("expiresInDays") Integer expiresInDays) {
            this.email = email;
            this.password = password;
            this.name = name;
            this.expiresInDays = expiresInDays;
        }
    }

    /** A new API token; the secret is shown this once. */
    public record NewToken(long id, String name, String token, String expiresAt) {
        static NewToken of(ApiTokens.Created created) {
            return new NewToken(
                    created.token().getId(),
                    created.token().getName(),
                    created.secret(),
                    created.token().getExpiresAt().toString());
        }
    }

    /** The one answer to an unknown address, a wrong password and a throttled attempt. */
    static final String LOGIN_REFUSED =
            "E-mail or password is wrong, or there were too many attempts: wait a minute and try again.";

    @Inject
    Registration registration;

    @Inject
    PasswordReset passwordReset;

    @Inject
    Credentials credentials;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ClientAddress clientAddress;

    @POST
    @Path("accounts")
    public Response register(NewAccount body) {
        NewAccount request = required(body);
        Language language = request.language() == null
                ? Language.standard()
                : Language.fromCode(request.language())
                        .orElseThrow(() -> new InvalidInputException("language", "language must be de or en"));
        registration.register(request.email(), request.displayName(), request.password(), language);
        return Response.accepted(Map.of("detail", "If the address can be used, a confirmation link was sent to it."))
                .build();
    }

    @POST
    @Path("accounts/confirmation")
    public Response confirm(TokenBody body) {
        if (!registration.confirm(required(body).token())) {
            throw new InvalidInputException("token", "this link is unknown, used or expired");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("password-resets")
    public Response requestReset(EmailBody body) {
        passwordReset.request(required(body).email());
        return Response.accepted(
                        Map.of("detail", "If there is an account for this address, a reset link was sent to it."))
                .build();
    }

    @POST
    @Path("password-resets/completion")
    public Response completeReset(TokenBody body) {
        passwordReset.reset(required(body).token(), body.password());
        return Response.noContent().build();
    }

    @POST
    @Path("tokens")
    public Response createToken(TokenRequest body, @Context HttpServletRequest http) {
        TokenRequest request = required(body);
        LoginResult login = credentials.authenticate(request.email(), request.password(), clientAddress.of(http));
        Account account = login.account()
                .orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException(
                        login.outcome() == LoginResult.Outcome.WRONG
                                ? LOGIN_REFUSED
                                : "The account cannot log in ("
                                        + login.outcome().name().toLowerCase() + ").",
                        "Bearer realm=\"impuls\""));
        ApiTokens.Created created = apiTokens.create(account.getId(), request.name(), request.expiresInDays());
        return Response.status(Response.Status.CREATED)
                .entity(NewToken.of(created))
                .build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "send a JSON body");
        }
        return body;
    }
}

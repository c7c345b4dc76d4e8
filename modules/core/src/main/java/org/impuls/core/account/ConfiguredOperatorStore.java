package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.config.PortalConfig;

/**
 * The first operator, from configuration. In demo mode a well-known demo operator exists when none
 * is configured; without demo mode and without configuration there is no operator login at all.
 */
@ApplicationScoped
public class ConfiguredOperatorStore implements IdentityStore {

    static final String DEMO_EMAIL = "operator@impuls.example";
    static final String DEMO_PASSWORD = "operator-demo";
    private static final System.Logger LOG = System.getLogger(ConfiguredOperatorStore.class.getName());

    @Inject
    @ConfigProperty(name = "impuls.operator.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "impuls.operator.password")
    Optional<String> password;

    @Inject
    PortalConfig config;

    private record Operator(String email, String password) {
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Operator> operator = operator();
        if (operator.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        boolean emailMatches = operator.get().email().equalsIgnoreCase(credential.getCaller().strip());
        // constant time, so that response times do not reveal how much of the password was right
        boolean passwordMatches = MessageDigest.isEqual(
                operator.get().password().getBytes(StandardCharsets.UTF_8),
                credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
        if (emailMatches && passwordMatches) {
            return new CredentialValidationResult(operator.get().email(), Set.of(Roles.OPERATOR));
        }
        LOG.log(Level.INFO, "failed operator login for {0}", credential.getCaller());
        return CredentialValidationResult.INVALID_RESULT;
    }

    private Optional<Operator> operator() {
        if (email.isPresent() && password.isPresent()) {
            return Optional.of(new Operator(email.get().strip(), password.get()));
        }
        return config.demoMode() ? Optional.of(new Operator(DEMO_EMAIL, DEMO_PASSWORD)) : Optional.empty();
    }
}

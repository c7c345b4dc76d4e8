package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** SMTP and retry settings ({@code IMPULS_SMTP_HOST} …), documented in the README. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "impuls.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "impuls.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "impuls.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "impuls.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "impuls.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "impuls.mail.from", defaultValue = "Impuls <noreply@impuls.example>")
    String from;

    @Inject
    @ConfigProperty(name = "impuls.mail.retry-seconds", defaultValue = "30")
    int retrySeconds;

    public Optional<String> host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user;
    }

    public Optional<String> password() {
        return password;
    }

    public boolean startTls() {
        return startTls;
    }

    public String from() {
        return from;
    }

    /** Pause before the first retry; it doubles with each failed attempt. */
    public int retrySeconds() {
        return retrySeconds;
    }
}

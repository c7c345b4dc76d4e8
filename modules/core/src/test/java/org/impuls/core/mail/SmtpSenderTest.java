package org.impuls.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The SMTP session's settings: STARTTLS, when configured, is required, not merely tried. */
class SmtpSenderTest {

    private static MailSettings settings(boolean startTls) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("smtp.example.org");
        settings.port = 587;
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.startTls = startTls;
        return settings;
    }

    @Test
    void startTlsConfiguredIsStartTlsRequired() {
        Properties properties = SmtpSender.properties(settings(true));

        assertThat(properties)
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
    }

    @Test
    void withoutStartTlsNothingIsRequired() {
        Properties properties = SmtpSender.properties(settings(false));

        assertThat(properties)
                .containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.starttls.required", "false");
        assertThat(properties)
                .containsEntry("mail.smtp.host", "smtp.example.org")
                .containsEntry("mail.smtp.port", "587");
    }
}

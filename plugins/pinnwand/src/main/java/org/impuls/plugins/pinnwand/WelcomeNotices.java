package org.impuls.plugins.pinnwand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.impuls.core.api.AccountRegistered;
import org.impuls.core.api.Settings;

/** Observes a core event: welcomes each new member with a notice (while the plugin is enabled). */
@ApplicationScoped
public class WelcomeNotices {

    @Inject
    Notices notices;

    @Inject
    Settings settings;

    void welcome(@Observes AccountRegistered registered) {
        if (settings.flag(PinnwandPlugin.ID, "welcomeNewMembers")) {
            notices.post("Willkommen! Ein neues Mitglied ist dem Portal beigetreten.", "Pinnwand");
        }
    }
}

package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.impuls.core.config.PublicAddress;

/** Absolute links for mails, e.g. the confirmation link. */
@ApplicationScoped
public class Links {

    @Inject
    PublicAddress address;

    String to(String path, String token) {
        return address.absolute(path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}

package org.impuls.core.api;

/** Absolute links to this portal, for mails: {@code absolute("/backoffice")} → {@code https://portal.example/backoffice}. */
public interface PortalLinks {

    /** The portal's configured public address ({@code IMPULS_BASE_URL}, never the request's Host) followed by the path. */
    String absolute(String path);
}

package org.impuls.core.api;

/** Absolute links to this portal, for mails: {@code absolute("/backoffice")} → {@code https://portal.example/backoffice}. */
public interface PortalLinks {

    /** The portal's public origin (configured, else taken from the current request) followed by the path. */
    String absolute(String path);
}

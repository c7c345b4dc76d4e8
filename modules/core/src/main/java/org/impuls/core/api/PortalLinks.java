package org.impuls.core.api;

/** Absolute links to this portal, for mails: {@code absolute("/backoffice")} → {@code https://portal.example/backoffice}. */
public interface PortalLinks {

    /** The portal's configured public address ({@code IMPULS_BASE_URL}, never the request's Host) followed by the path. */
    String absolute(String path);

    /**
     * Whether an address (a request's Origin or Referer) is on this portal: the configured scheme, host and port; a
     * portal on a loopback name (demo mode) takes every loopback name on its port. For forms without a JSF view state,
     * whose protection against cross-site posts this is.
     */
    boolean isOwn(String address);
}

package org.impuls.core.api;

/**
 * The audit log of security-relevant and administrative actions, viewable by operators. The acting
 * account and the client address are taken from the current request.
 */
public interface AuditTrail {

    /**
     * Records an action.
     *
     * @param action what happened, e.g. {@code account.locked}
     * @param target what it happened to, e.g. an e-mail address or a business id
     * @param detail free text such as the reason given; may be null
     */
    void record(String action, String target, String detail);
}

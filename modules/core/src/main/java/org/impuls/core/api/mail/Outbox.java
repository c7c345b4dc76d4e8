package org.impuls.core.api.mail;

/**
 * Sends mail reliably: the mail is stored in the caller's transaction (a rollback leaves nothing), rendered from its
 * templates after that transaction committed, and sent, retried until the SMTP server takes it.
 */
public interface Outbox {

    void queue(Mail mail);
}

/**
 * The mail outbox: mails are rendered from the message files, stored, and sent over SMTP by {@link
 * org.impuls.core.mail.OutboxDispatcher}, retried with growing pauses while the server is away.
 */
package org.impuls.core.mail;

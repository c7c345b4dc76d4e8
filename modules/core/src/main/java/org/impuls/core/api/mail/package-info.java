/**
 * Mail with content: a {@link org.impuls.core.api.mail.Mail} names a template of its module, the language, the values
 * the template shows and its attachments; {@link org.impuls.core.api.mail.Outbox#queue} stores it in the caller's
 * transaction, and the outbox renders it (HTML and plain text) and sends it once that transaction committed.
 */
package org.impuls.core.api.mail;

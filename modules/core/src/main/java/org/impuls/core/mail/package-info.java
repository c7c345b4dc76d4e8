/**
 * The mail outbox: mails are stored as template, language, model and attachments ({@link
 * org.impuls.core.mail.MailOutbox}, attachment bytes once per content in {@link org.impuls.core.mail.MailContents}),
 * rendered with Thymeleaf when first claimed ({@link org.impuls.core.mail.MailRenderer}), and sent over SMTP by {@link
 * org.impuls.core.mail.OutboxDispatcher} (after each commit that queued mail, and as a scheduled task), retried with growing pauses while the server is away. A mail is claimed
 * under a lease before it is sent and its outcome recorded afterwards, each in a short transaction of its own
 * ({@link org.impuls.core.mail.OutboxClaims}); mails given up on are listed for operators, who may send them again
 * ({@link org.impuls.core.mail.FailedMails}).
 */
package org.impuls.core.mail;

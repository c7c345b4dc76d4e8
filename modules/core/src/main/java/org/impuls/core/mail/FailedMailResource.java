package org.impuls.core.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.NotFoundException;

/**
 * Operators' view of the outbox: {@code GET /api/core/outbox/failed} lists the mails given up on after their attempts,
 * {@code POST /api/core/outbox/{id}/retry} sends one once more. The text of a mail is not shown (it may hold a
 * one-time link meant for its recipient only).
 */
@Path("core/outbox")
@RolesAllowed("OPERATOR")
@Produces(MediaType.APPLICATION_JSON)
public class FailedMailResource {

    /** A mail as operators see it. */
    public record MailView(
            long id,
            String recipient,
            String subject,
            String status,
            int attempts,
            String lastError,
            Instant createdAt) {
        static MailView of(OutboxMail mail) {
            return new MailView(
                    mail.getId(),
                    mail.getRecipient(),
                    mail.getSubject(),
                    mail.getStatus().name(),
                    mail.getAttempts(),
                    mail.getLastError(),
                    mail.getCreatedAt());
        }
    }

    @Inject
    FailedMails mails;

    @GET
    @Path("failed")
    public ResultPage<MailView> failed(
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return mails.newestFirst(new PageRequest(page, size)).map(MailView::of);
    }

    @POST
    @Path("{id}/retry")
    public MailView retry(@PathParam("id") long id) {
        return mails.retry(id)
                .map(MailView::of)
                .orElseThrow(() -> new NotFoundException(
                        "There is no failed mail " + id + "; it may have been sent or retried already."));
    }
}

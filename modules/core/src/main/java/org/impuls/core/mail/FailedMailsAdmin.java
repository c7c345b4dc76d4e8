package org.impuls.core.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** Backs {@code /admin/core/mail.xhtml}: the mails the outbox gave up on, each with a button to send it once more. */
@Named
@ViewScoped
public class FailedMailsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FailedMails mails;

    @Inject
    transient FormFeedback feedback;

    private int page = 1;

    public ResultPage<OutboxMail> getMails() {
        return mails.newestFirst(new PageRequest(page, 50));
    }

    public void retry(long id) {
        feedback.info(mails.retry(id).isPresent() ? "core.admin.mail.retried" : "core.admin.mail.gone");
    }

    public void next() {
        page++;
    }

    public void previous() {
        page = Math.max(1, page - 1);
    }

    public int getPage() {
        return page;
    }
}

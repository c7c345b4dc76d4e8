package org.impuls.directory.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.business.BusinessProfilePage;

/** Backs the report form on a business's profile (the profile's slug names the listing): anyone may report. */
@Named("reportListing")
@RequestScoped
public class ReportListingPage {

    @Inject
    Moderation moderation;

    @Inject
    FormFeedback feedback;

    @Inject
    BusinessProfilePage profile;

    private ReportReason reason = ReportReason.WRONG;
    private String message;
    private String contact;
    private boolean sent;

    public void send() {
        try {
            moderation.report(profile.getSlug(), reason, message, contact);
            sent = true;
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "report", "directory.report");
        }
    }

    public ReportReason[] getReasons() {
        return ReportReason.values();
    }

    public boolean isSent() {
        return sent;
    }

    public ReportReason getReason() {
        return reason;
    }

    public void setReason(ReportReason reason) {
        this.reason = reason;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}

package org.impuls.directory.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.impuls.core.api.PortalLinks;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;
import org.impuls.directory.business.Business;

/**
 * The mails of admission and moderation, to the business's staff and to the operators, each in their language. A mail
 * is named by its subject's message key without {@code .subject} ({@code directory.mail.approved}); its templates are
 * {@code mail/directory/approved_<lang>.html|txt}.
 */
@ApplicationScoped
public class AdmissionMails {

    /** Where an applicant follows their applications: open to any account, showing only the caller's own. */
    public static final String APPLICATIONS_PAGE = "/account/directory/applications.xhtml";

    private static final String MAIL_KEYS = "directory.mail.";

    @Inject
    StaffDirectory staff;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    void applied(Business business) {
        tellStaff(business, "directory.mail.applied", null);
        tellOperators(business, "directory.mail.review-waiting");
    }

    void decided(Business business, Decision decision, String reason) {
        String template = switch (decision) {
            case APPROVE -> "directory.mail.approved";
            case REJECT -> "directory.mail.rejected";
            case REQUEST_INFO -> "directory.mail.info-requested";
        };
        tellStaff(business, template, reason);
    }

    void answered(Business business) {
        tellOperators(business, "directory.mail.answered");
    }

    void changeProposed(Business business) {
        tellOperators(business, "directory.mail.change-waiting");
    }

    /**
     * A mail to everyone working for the business, with a link to it in the back office; applicants, who
     * have no back office before the approval, get a link to their applications.
     */
    public void tellStaff(Business business, String template, String reason) {
        String link = links.absolute(
                business.isAdmitted()
                        ? "/backoffice/directory/business.xhtml?id=" + business.getId()
                        : APPLICATIONS_PAGE);
        for (StaffDirectory.Member member : staff.staffOf(business.getId())) {
            outbox.queue(
                    mail(template, business, member.contact(), link).model("reason", reason == null ? "" : reason));
        }
    }

    private void tellOperators(Business business, String template) {
        String link = links.absolute("/admin/directory/applications.xhtml");
        for (StaffDirectory.Contact operator : staff.operators()) {
            outbox.queue(mail(template, business, operator, link));
        }
    }

    private static Mail mail(String template, Business business, StaffDirectory.Contact recipient, String link) {
        return Mail.to(recipient.email())
                .template("directory", template.substring(MAIL_KEYS.length()))
                .language(recipient.language())
                .model("name", recipient.displayName())
                .model("business", business.getName())
                .model("link", link);
    }
}

package org.impuls.directory.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.impuls.core.api.Outbox;
import org.impuls.core.api.PortalLinks;
import org.impuls.core.api.StaffDirectory;
import org.impuls.directory.business.Business;

/** The mails of admission and moderation, to the business's staff and to the operators, each in their language. */
@ApplicationScoped
public class AdmissionMails {

    /** Where an applicant follows their applications: open to any account, showing only the caller's own. */
    public static final String APPLICATIONS_PAGE = "/account/directory/applications.xhtml";

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
        String link = links.absolute(business.isAdmitted() ? "/backoffice/directory/business.xhtml?id=" + business.getId()
                : APPLICATIONS_PAGE);
        for (StaffDirectory.Member member : staff.staffOf(business.getId())) {
            Map<String, String> values = values(business, member.contact(), link);
            values.put("reason", reason == null ? "" : reason);
            outbox.queue(member.contact().email(), member.contact().language(), template, values);
        }
    }

    private void tellOperators(Business business, String template) {
        String link = links.absolute("/admin/directory/applications.xhtml");
        for (StaffDirectory.Contact operator : staff.operators()) {
            outbox.queue(operator.email(), operator.language(), template, values(business, operator, link));
        }
    }

    private static Map<String, String> values(Business business, StaffDirectory.Contact recipient, String link) {
        Map<String, String> values = new HashMap<>();
        values.put("name", recipient.displayName());
        values.put("business", business.getName());
        values.put("link", link);
        return values;
    }
}

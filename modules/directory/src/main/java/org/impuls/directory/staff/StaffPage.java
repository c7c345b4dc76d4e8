package org.impuls.directory.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageAccess;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.LimitReachedException;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.BusinessAccess;

/** Backs {@code /backoffice/directory/staff.xhtml?id=}: who works for the business, invitations, removal. */
@Named("staffPage")
@ViewScoped
public class StaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessAccess access;

    @Inject
    Invitations invitations;

    @Inject
    FormFeedback feedback;

    private Long id;
    private String businessName;
    private String email;

    public void load() {
        Business business = PageAccess.loadOrRefuse(() -> id == null ? null : access.editable(id));
        businessName = business == null ? null : business.getName();
    }

    public void invite() {
        try {
            invitations.invite(id, email);
            feedback.info("directory.staff.invited", email);
            email = null;
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "invite", "directory");
        } catch (ConflictException refused) {
            String reason = refused instanceof LimitReachedException
                    ? "directory.staff.invite.limit"
                    : "directory.staff.invite.not-approved";
            feedback.refusal(new InvalidInputException(null, feedback.text(reason)), "invite", "directory");
        }
    }

    public void remove(long accountId) {
        try {
            invitations.remove(id, accountId);
            feedback.info("directory.staff.removed");
        } catch (DomainException refused) {
            feedback.refusal(new InvalidInputException(null, refused.getMessage()), "invite", "directory");
        }
    }

    public List<StaffDirectory.Member> getStaff() {
        return invitations.staffOf(id);
    }

    public List<Invitation> getOpenInvitations() {
        return invitations.open(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getBusinessName() {
        return businessName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

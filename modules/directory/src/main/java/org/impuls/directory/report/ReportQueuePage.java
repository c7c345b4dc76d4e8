package org.impuls.directory.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.business.Business;

/** Backs {@code /admin/directory/reports.xhtml}: open reports, hiding listings, hidden listings. */
@Named("reportQueue")
@ViewScoped
public class ReportQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Moderation moderation;

    @Inject
    FormFeedback feedback;

    private final Map<Long, String> reasons = new HashMap<>();

    public void hide(long reportId, long businessId) {
        try {
            Business business = moderation.hide(businessId, reasons.get(reportId));
            reasons.remove(reportId);
            feedback.info("directory.reports.hidden", business.getName());
        } catch (InvalidInputException refusal) {
            feedback.refusal(
                    new InvalidInputException(null, feedback.text("directory.reports.reason-needed")),
                    "reports",
                    "directory");
        } catch (DomainException conflict) {
            feedback.refusal(new InvalidInputException(null, conflict.getMessage()), "reports", "directory");
        }
    }

    public void dismiss(long reportId) {
        moderation.dismiss(reportId);
        feedback.info("directory.reports.dismissed");
    }

    public void show(long businessId) {
        Business business = moderation.show(businessId);
        feedback.info("directory.reports.shown", business.getName());
    }

    public List<Report> getOpenReports() {
        return moderation.openReports();
    }

    public List<Business> getHidden() {
        return moderation.hidden();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}

package org.impuls.directory.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Caller;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.Transitions;
import org.impuls.directory.admission.Admission;
import org.impuls.directory.admission.AdmissionMails;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.BusinessLifecycle;
import org.impuls.directory.business.BusinessStatus;
import org.impuls.directory.business.Businesses;

/** Reports from anyone; hiding and showing listings by the operator, who must give the business a reason. */
@ApplicationScoped
public class Moderation {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Businesses businesses;

    @Inject
    Admission admission;

    @Inject
    AdmissionMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Transitions transitions;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Anyone may report a public listing; the reporter's contact is optional. */
    @Transactional
    public Report report(String slug, ReportReason reason, String message, String reporterContact) {
        Business business = businesses
                .publicBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new InvalidInputException("business", "there is no public listing '" + slug + "'"));
        if (reason == null) {
            throw new InvalidInputException("reason", "choose a reason: WRONG, UNLAWFUL, CLOSED or OTHER");
        }
        String text = message == null ? "" : message.strip();
        if (text.length() < 10 || text.length() > 2000) {
            throw new InvalidInputException("message", "describe the problem in 10 to 2000 characters");
        }
        String contact = reporterContact == null || reporterContact.isBlank() ? null : reporterContact.strip();
        if (contact != null && contact.length() > 254) {
            throw new InvalidInputException("contact", "at most 254 characters");
        }
        Report report = new Report(business, reason, text, contact, clock.instant());
        em.persist(report);
        return report;
    }

    /** Open reports, oldest first. */
    public List<Report> openReports() {
        return em.createQuery(
                        "select r from Report r where r.resolvedAt is null order by r.createdAt, r.id", Report.class)
                .getResultList();
    }

    @Transactional
    public void dismiss(long reportId) {
        Report report = em.find(Report.class, reportId);
        if (report == null) {
            throw new NotFoundException("There is no report " + reportId + ".");
        }
        report.resolve(Report.Resolution.DISMISSED, clock.instant());
        audit.record(
                "directory.report.dismissed", "business:" + report.getBusiness().getId(), "report:" + reportId);
    }

    /** Takes a public listing off the portal; its open reports are resolved and its staff told why. */
    @Transactional
    public Business hide(long businessId, String reason) {
        Business business = find(businessId);
        BusinessLifecycle.MODERATION.check(business.subject(), business.getStatus(), BusinessStatus.HIDDEN);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new InvalidInputException(
                    "reason", "say why the listing is hidden (at most 2000 characters); the business is told");
        }
        transitions.perform(
                business,
                BusinessLifecycle.MODERATION,
                BusinessStatus.HIDDEN,
                Step.by(admission.operatorName()).note(why).audited("directory.business.hidden"));
        em.createQuery("select r from Report r where r.business = :b and r.resolvedAt is null", Report.class)
                .setParameter("b", business)
                .getResultList()
                .forEach(r -> r.resolve(Report.Resolution.HIDDEN, clock.instant()));
        mails.tellStaff(business, "directory.mail.hidden", why);
        return business;
    }

    @Transactional
    public Business show(long businessId) {
        Business business = find(businessId);
        transitions.perform(
                business,
                BusinessLifecycle.MODERATION,
                BusinessStatus.APPROVED,
                Step.by(admission.operatorName()).audited("directory.business.shown"));
        mails.tellStaff(business, "directory.mail.shown", null);
        return business;
    }

    /** Hidden listings, for the operator to show again. */
    public List<Business> hidden() {
        return em.createQuery("select b from Business b where b.status = :hidden order by b.name", Business.class)
                .setParameter("hidden", BusinessStatus.HIDDEN)
                .getResultList();
    }

    private Business find(long businessId) {
        Business business = em.find(Business.class, businessId);
        if (business == null) {
            throw new NotFoundException("There is no business " + businessId + ".");
        }
        return business;
    }
}

package org.impuls.directory.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Caller;
import org.impuls.core.api.Settings;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.Transitions;
import org.impuls.directory.DirectoryModule;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.BusinessAccess;
import org.impuls.directory.business.BusinessLifecycle;
import org.impuls.directory.business.BusinessRegistry;
import org.impuls.directory.business.BusinessStatus;

/**
 * The admission workflow: apply → (flagged by the rules) → approve, reject, or ask for information →
 * the applicant answers → decided. Every step is recorded in the business's history and mailed.
 */
@ApplicationScoped
public class Admission {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    BusinessRegistry registry;

    @Inject
    StaffDirectory staff;

    @Inject
    Settings settings;

    @Inject
    AdmissionMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Transitions transitions;

    @Inject
    Caller caller;

    @Inject
    BusinessAccess access;

    @Inject
    Clock clock;

    public AdmissionRules rules() {
        return new AdmissionRules(
                RegionPostalCodes.parse(settings.text(DirectoryModule.ID, DirectoryModule.REGION_POSTAL_CODES)),
                settings.integer(DirectoryModule.ID, DirectoryModule.MAX_EMPLOYEES),
                settings.integer(DirectoryModule.ID, DirectoryModule.MAX_BRANCHES));
    }

    /**
     * A new application by an account, which becomes the business's owner; its staff link waits (pending)
     * until the operator approves, so an applicant is no MERCHANT and sees only the application.
     */
    @Transactional
    public Business apply(ApplicationForm form, long applicantAccountId) {
        Business business = registry.createPending(form);
        business.declareSize(form.getEmployees(), form.getBranches(), form.getHeadOfficePostalCode());
        business.flag(
                rules()
                        .check(form.getKind(), form.getEmployees(), form.getBranches(), form.getHeadOfficePostalCode())
                        .stream()
                        .map(Enum::name)
                        .toList());
        staff.link(applicantAccountId, business.getId(), true, StaffDirectory.LinkState.PENDING);
        String applicant = staff.contact(applicantAccountId)
                .map(StaffDirectory.Contact::email)
                .orElse("account:" + applicantAccountId);
        record(business, ReviewAction.APPLIED, null, applicant);
        audit.record("directory.application.submitted", "business:" + business.getId(), business.getName());
        mails.applied(business);
        return business;
    }

    /** The operator's decision; a rejection needs a reason and a request for information a question. */
    @Transactional
    public Business decide(long businessId, Decision decision, String reason) {
        BusinessStatus target = switch (decision) {
            case APPROVE -> BusinessStatus.APPROVED;
            case REJECT -> BusinessStatus.REJECTED;
            case REQUEST_INFO -> BusinessStatus.INFO_REQUESTED;
        };
        Business business = awaitingDecision(businessId, target);
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("reason", "at most 2000 characters");
        }
        if (note == null && decision != Decision.APPROVE) {
            throw new InvalidInputException(
                    "reason",
                    decision == Decision.REJECT
                            ? "say why the application is rejected; the applicant is told"
                            : "say which information is missing; the applicant is asked");
        }
        transitions.perform(
                business,
                BusinessLifecycle.DECISION,
                target,
                Step.by(operatorName())
                        .note(note)
                        .audited("directory.application." + decision.name().toLowerCase()));
        if (decision == Decision.APPROVE) {
            staff.activate(businessId);
        } else if (decision == Decision.REJECT) {
            staff.deactivate(businessId);
        }
        mails.decided(business, decision, note);
        return business;
    }

    /** The applicant answers a request for information; the application goes back into the queue. */
    @Transactional
    public Business answer(long businessId, String message) {
        Business business = access.application(businessId);
        BusinessLifecycle.ANSWER.check(business.subject(), business.getStatus(), BusinessStatus.PENDING);
        if (message == null || message.isBlank() || message.length() > 2000) {
            throw new InvalidInputException("message", "write your answer (at most 2000 characters)");
        }
        transitions.perform(
                business,
                BusinessLifecycle.ANSWER,
                BusinessStatus.PENDING,
                Step.by(callerName()).note(message.strip()));
        mails.answered(business);
        return business;
    }

    /** Applications waiting for the operator, oldest first; those asked for information after them. */
    public List<Business> queue() {
        return em.createQuery(
                        "select b from Business b where b.status in :waiting order by b.status, b.createdAt",
                        Business.class)
                .setParameter("waiting", List.of(BusinessStatus.PENDING, BusinessStatus.INFO_REQUESTED))
                .getResultList();
    }

    public List<ReviewEvent> history(long businessId) {
        return em.createQuery(
                        "select e from ReviewEvent e where e.businessId = :id order by e.occurredAt, e.id",
                        ReviewEvent.class)
                .setParameter("id", businessId)
                .getResultList();
    }

    /** Records a step; for moderation too. */
    public void record(Business business, ReviewAction action, String note, String actor) {
        em.persist(new ReviewEvent(business.getId(), clock.instant(), action, note, actor));
    }

    public String operatorName() {
        return caller.accountId()
                .flatMap(staff::contact)
                .map(StaffDirectory.Contact::email)
                .orElse("operator");
    }

    /** Staff or applicant acting: their address, for the history operators read. */
    String callerName() {
        return caller.accountId()
                .flatMap(staff::contact)
                .map(StaffDirectory.Contact::email)
                .orElse("staff");
    }

    /** The applications of the caller (pending or decided), newest first: what an applicant may see. */
    public List<Business> applicationsOfCaller() {
        Set<Long> ids = new HashSet<>(caller.pendingBusinessIds());
        ids.addAll(caller.businessIds());
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Business b where b.id in :ids order by b.createdAt desc", Business.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Refuses a decided application before the reason is looked at, as it always did. */
    private Business awaitingDecision(long businessId, BusinessStatus target) {
        Business business = em.find(Business.class, businessId);
        if (business == null) {
            throw new NotFoundException("There is no application " + businessId + ".");
        }
        BusinessLifecycle.DECISION.check(business.subject(), business.getStatus(), target);
        return business;
    }
}

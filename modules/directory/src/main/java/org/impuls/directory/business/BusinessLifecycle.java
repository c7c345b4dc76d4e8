package org.impuls.directory.business;

import static org.impuls.directory.business.BusinessStatus.APPROVED;
import static org.impuls.directory.business.BusinessStatus.HIDDEN;
import static org.impuls.directory.business.BusinessStatus.INFO_REQUESTED;
import static org.impuls.directory.business.BusinessStatus.PENDING;
import static org.impuls.directory.business.BusinessStatus.REJECTED;

import org.impuls.core.api.lifecycle.Lifecycle;

/** Where a business's status may go, by the step that moves it; REJECTED is final. */
public final class BusinessLifecycle {

    /** The operator decides a waiting application, or asks again while the answer is awaited. */
    public static final Lifecycle<BusinessStatus> DECISION = Lifecycle.of(BusinessStatus.class)
            .from(PENDING)
            .to(APPROVED, REJECTED, INFO_REQUESTED)
            .from(INFO_REQUESTED)
            .to(APPROVED, REJECTED, INFO_REQUESTED);

    /** The applicant answers a question: the application waits again. */
    public static final Lifecycle<BusinessStatus> ANSWER =
            Lifecycle.of(BusinessStatus.class).from(INFO_REQUESTED).to(PENDING);

    /** The operator hides a public listing and shows it again. */
    public static final Lifecycle<BusinessStatus> MODERATION = Lifecycle.of(BusinessStatus.class)
            .from(APPROVED)
            .to(HIDDEN)
            .from(HIDDEN)
            .to(APPROVED);

    /** Everything a business may go through; {@link Business#changeStatus} refuses the rest. */
    public static final Lifecycle<BusinessStatus> ALL = DECISION.and(ANSWER).and(MODERATION);

    private BusinessLifecycle() {}
}

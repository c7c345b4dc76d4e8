package org.impuls.directory.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.directory.business.BusinessStatus;
import org.junit.jupiter.api.Test;

/** Transitions appear in the review history as the steps operators and applicants have always read. */
class ReviewHistoryTest {

    @Test
    void eachBusinessTransitionIsTheStepItAlwaysWas() {
        assertThat(BusinessHistory.actionOf(BusinessStatus.PENDING, BusinessStatus.APPROVED))
                .isEqualTo(ReviewAction.APPROVED);
        assertThat(BusinessHistory.actionOf(BusinessStatus.INFO_REQUESTED, BusinessStatus.REJECTED))
                .isEqualTo(ReviewAction.REJECTED);
        assertThat(BusinessHistory.actionOf(BusinessStatus.PENDING, BusinessStatus.INFO_REQUESTED))
                .isEqualTo(ReviewAction.INFO_REQUESTED);
        assertThat(BusinessHistory.actionOf(BusinessStatus.INFO_REQUESTED, BusinessStatus.PENDING))
                .isEqualTo(ReviewAction.RESUBMITTED);
        assertThat(BusinessHistory.actionOf(BusinessStatus.APPROVED, BusinessStatus.HIDDEN))
                .isEqualTo(ReviewAction.HIDDEN);
        assertThat(BusinessHistory.actionOf(BusinessStatus.HIDDEN, BusinessStatus.APPROVED))
                .isEqualTo(ReviewAction.SHOWN);
    }
}

package org.impuls.directory.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.impuls.core.api.lifecycle.TransitionRefusedException;
import org.impuls.directory.api.BusinessKind;
import org.junit.jupiter.api.Test;

/** A business moves only along its lifecycle: applied, decided, hidden and shown; a rejection is final. */
class BusinessLifecycleTest {

    private final Business business = new Business(
            "hofcafe",
            "Hofcafé",
            BusinessKind.COMMERCIAL,
            "Hauptstraße 5",
            "67688",
            "Rodenbach",
            Instant.parse("2026-12-01T09:00:00Z"));

    @Test
    void anApplicationIsAskedAnsweredApprovedHiddenAndShown() {
        business.changeStatus(BusinessStatus.INFO_REQUESTED, "Gehört der Betrieb zu einer Kette?");
        assertThat(business.getStatusReason()).isEqualTo("Gehört der Betrieb zu einer Kette?");
        business.changeStatus(BusinessStatus.PENDING, "Nein.");
        assertThat(business.getStatusReason())
                .as("the answer is history, not a reason given to the business")
                .isNull();
        business.changeStatus(BusinessStatus.APPROVED, null);
        business.changeStatus(BusinessStatus.HIDDEN, "Glücksspiel");
        business.changeStatus(BusinessStatus.APPROVED, null);

        assertThat(business.getStatus()).isEqualTo(BusinessStatus.APPROVED);
    }

    @Test
    void aRejectedApplicationGoesNowhere() {
        business.changeStatus(BusinessStatus.REJECTED, "Kein Bezug zur Region.");

        assertThat(BusinessLifecycle.ALL.isTerminal(BusinessStatus.REJECTED)).isTrue();
        assertThatThrownBy(() -> business.changeStatus(BusinessStatus.APPROVED, null))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("from REJECTED to APPROVED");
        assertThat(business.getStatus()).isEqualTo(BusinessStatus.REJECTED);
        assertThat(business.getStatusReason()).isEqualTo("Kein Bezug zur Region.");
    }

    @Test
    void onlyAPublicListingIsHiddenAndAHiddenOneIsNotDecidedAgain() {
        assertThatThrownBy(() -> business.changeStatus(BusinessStatus.HIDDEN, "weil"))
                .hasMessageContaining("from PENDING to HIDDEN");
        business.changeStatus(BusinessStatus.APPROVED, null);
        business.changeStatus(BusinessStatus.HIDDEN, "weil");

        assertThatThrownBy(() -> business.changeStatus(BusinessStatus.REJECTED, "doch nicht"))
                .hasMessageContaining("from HIDDEN to REJECTED");
        assertThat(BusinessLifecycle.DECISION.allows(BusinessStatus.HIDDEN, BusinessStatus.APPROVED))
                .as("showing a hidden listing is moderation, not an admission decision")
                .isFalse();
        assertThat(BusinessLifecycle.MODERATION.allows(BusinessStatus.PENDING, BusinessStatus.APPROVED))
                .as("and moderation approves no application")
                .isFalse();
    }
}

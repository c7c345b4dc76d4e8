package org.impuls.directory.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.impuls.directory.api.BusinessKind;
import org.junit.jupiter.api.Test;

/** A new name or address of an admitted business waits as a proposal; the public data changes only on approval. */
class NameAndAddressReviewTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    private final Business business = new Business(
            "baeckerei-mueller",
            "Bäckerei Müller",
            BusinessKind.COMMERCIAL,
            "Marktstraße 12",
            "67655",
            "Kaiserslautern",
            MONDAY);

    @Test
    void aProposalLeavesTheApprovedNameAndAddressInPlace() {
        business.proposeChange("Bäckerei Müller & Tochter", "Marktstraße 12", "67655", "Kaiserslautern", MONDAY);

        assertThat(business.hasPendingChange()).isTrue();
        assertThat(business.getName()).isEqualTo("Bäckerei Müller");
        assertThat(business.getProposedName()).isEqualTo("Bäckerei Müller & Tochter");
        assertThat(BusinessForm.of(business).getName())
                .as("the form shows what waits")
                .isEqualTo("Bäckerei Müller & Tochter");
    }

    @Test
    void approvingShowsTheProposalAndKeepsTheAddressOfTheProfile() {
        business.proposeChange("Bäckerei Müller & Tochter", "Fackelstraße 3", "67657", "Kaiserslautern", MONDAY);

        business.approveChange();

        assertThat(business.getName()).isEqualTo("Bäckerei Müller & Tochter");
        assertThat(business.getStreet()).isEqualTo("Fackelstraße 3");
        assertThat(business.getPostalCode()).isEqualTo("67657");
        assertThat(business.getSlug()).as("links to the profile keep working").isEqualTo("baeckerei-mueller");
        assertThat(business.hasPendingChange()).isFalse();
    }

    @Test
    void savingTheSameProposalAgainKeepsItsPlaceInTheQueue() {
        business.proposeChange("Müllers Backstube", "Marktstraße 12", "67655", "Kaiserslautern", MONDAY);

        business.proposeChange("Müllers Backstube", "Marktstraße 12", "67655", "Kaiserslautern", TUESDAY);

        assertThat(business.getChangeProposedAt()).isEqualTo(MONDAY);
    }

    @Test
    void proposingTheApprovedDataWithdrawsTheProposal() {
        business.proposeChange("Müllers Backstube", "Marktstraße 12", "67655", "Kaiserslautern", MONDAY);

        business.proposeChange("Bäckerei Müller", "Marktstraße 12", "67655", "Kaiserslautern", TUESDAY);

        assertThat(business.hasPendingChange()).isFalse();
        assertThat(business.getProposedName()).isNull();
    }

    @Test
    void nothingToApproveWithoutAProposal() {
        assertThatThrownBy(business::approveChange).isInstanceOf(IllegalStateException.class);
    }
}

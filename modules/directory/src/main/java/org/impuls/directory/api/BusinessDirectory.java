package org.impuls.directory.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may know of businesses: the shop shows the seller's name, links its profile, and
 * shows its terms at checkout; the membership module reads who is admitted free of charge; reservations and
 * pick-up times follow the opening hours.
 */
public interface BusinessDirectory {

    /** The legal texts a seller must show: Impressum data, its own terms, withdrawal policy and privacy notice. */
    record LegalTexts(String ownerName, String registerEntry, String vatId, String terms, String withdrawalPolicy,
                      String privacyNotice) {
    }

    /**
     * A business as other modules see it.
     *
     * @param kind          COMMERCIAL, CLUB or SOCIAL_INSTITUTION
     * @param publiclyListed approved and not hidden
     * @param path          its public profile, e.g. {@code /betriebe/baeckerei-mueller}
     */
    record BusinessInfo(long id, String slug, String name, String kind, boolean freeOfCharge, boolean publiclyListed,
                        String path, String postalCode, String city, LegalTexts legal) {
    }

    Optional<BusinessInfo> find(long businessId);

    /** Ids of the businesses the public sees (approved, not hidden). */
    Set<Long> listedIds();

    /** Ids of the businesses the public does not see (applying, rejected, hidden): usually far fewer than the listed ones. */
    Set<Long> unlistedIds();

    /** Several at once, in no particular order; unknown ids are left out. */
    List<BusinessInfo> findAll(Collection<Long> businessIds);

    /** The business's opening hours; empty when it gave none (or is unknown): then nobody knows when it is open. */
    Optional<BusinessHours> openingHours(long businessId);
}

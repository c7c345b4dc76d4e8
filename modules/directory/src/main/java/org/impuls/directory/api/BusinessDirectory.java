package org.impuls.directory.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.impuls.core.api.money.VatTreatment;

/**
 * What other modules may know of businesses: the shop shows the seller's name, links its profile, and
 * shows its terms at checkout; the membership module reads who is admitted free of charge; reservations and
 * pick-up times follow the opening hours.
 */
public interface BusinessDirectory {

    /**
     * The legal data a seller must show or print: Impressum data, the tax number (Steuernummer) for invoices, its own
     * terms, withdrawal policy and privacy notice. Empty texts where the business gave none.
     */
    record LegalTexts(
            String ownerName,
            String registerEntry,
            String vatId,
            String taxNumber,
            String terms,
            String withdrawalPolicy,
            String privacyNotice) {}

    /**
     * A business as other modules see it.
     *
     * @param publiclyListed approved and not hidden
     * @param path           its public profile, e.g. {@code /betriebe/baeckerei-mueller}
     * @param street         the approved street and number (a change waiting for review is not shown)
     * @param employeeCount  as declared when it applied
     * @param vatTreatment   {@code SMALL_BUSINESS} when it charges no VAT (§ 19 UStG)
     */
    record BusinessInfo(
            long id,
            String slug,
            String name,
            BusinessKind kind,
            boolean freeOfCharge,
            boolean publiclyListed,
            String path,
            String street,
            String postalCode,
            String city,
            int employeeCount,
            VatTreatment vatTreatment,
            LegalTexts legal) {}

    Optional<BusinessInfo> find(long businessId);

    /** Ids of the businesses the public sees (approved, not hidden). */
    Set<Long> listedIds();

    /** Ids of the businesses the public does not see (applying, rejected, hidden): usually far fewer than the listed ones. */
    Set<Long> unlistedIds();

    /** Several at once, in no particular order; unknown ids are left out. */
    List<BusinessInfo> findAll(Collection<Long> businessIds);

    /** The business's opening hours; empty when it gave none (or is unknown): then nobody knows when it is open. */
    Optional<BusinessHours> openingHours(long businessId);

    /**
     * The approximate centre of a postal code of the region, for "within N km" filters with {@link
     * GeoPoint#kilometresTo}; empty for a code the region does not list.
     */
    Optional<GeoPoint> centreOf(String postalCode);
}

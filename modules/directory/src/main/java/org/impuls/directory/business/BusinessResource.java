package org.impuls.directory.business;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.directory.api.BusinessSummary;
import org.impuls.directory.hours.OpeningHours;

/** {@code GET /api/directory/businesses/{slug}?at=}: a profile with its OSM opening hours and whether it is open then. */
@Path("directory/businesses/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class BusinessResource {

    /** A business's public profile. */
    public record BusinessProfile(
            BusinessSummary summary,
            String description,
            String tags,
            String phone,
            String email,
            String website,
            String openingHours,
            Boolean openNow,
            String at,
            Double latitude,
            Double longitude,
            String logoUrl,
            List<String> photoUrls,
            boolean freeOfCharge,
            Impressum legal) {}

    /** The legal data the public sees; the tax number stays with the business, the back office and its invoices. */
    public record Impressum(
            String ownerName,
            String registerEntry,
            String vatId,
            String terms,
            String withdrawalPolicy,
            String privacyNotice,
            boolean complete) {

        static Impressum of(LegalData legal) {
            return new Impressum(
                    legal.getOwnerName(),
                    legal.getRegisterEntry(),
                    legal.getVatId(),
                    legal.getTerms(),
                    legal.getWithdrawalPolicy(),
                    legal.getPrivacyNotice(),
                    legal.isComplete());
        }
    }

    @Inject
    Businesses businesses;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @GET
    /** The profile, with whether it is open at {@code at} (ISO date-time, default now; without offset: Kaiserslautern time). */
    public BusinessProfile profile(@PathParam("slug") String slug, @QueryParam("at") String at) {
        Business business = businesses
                .publicBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no public business '" + slug + "'."));
        Locale locale = language.locale();
        ZonedDateTime moment = moment(at);
        Boolean openNow = business.getOpeningHours() == null
                ? null
                : OpeningHours.parse(business.getOpeningHours()).isOpenAt(moment);
        return new BusinessProfile(
                Businesses.summary(business, locale, null, openNow),
                business.description(locale),
                business.getTags(),
                business.getPhone(),
                business.getEmail(),
                business.getWebsite(),
                business.getOpeningHours(),
                openNow,
                moment.toOffsetDateTime().toString(),
                business.getLatitude(),
                business.getLongitude(),
                business.getLogoMediaId() == null ? null : BusinessPhotos.mediumUrl(business.getLogoMediaId()),
                BusinessPhotos.photoUrls(business),
                business.isFreeOfCharge(),
                Impressum.of(business.getLegal()));
    }

    private ZonedDateTime moment(String at) {
        if (at == null || at.isBlank()) {
            return ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.BERLIN);
        }
        try {
            return OffsetDateTime.parse(at).atZoneSameInstant(OpeningHours.BERLIN);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(at).atZone(OpeningHours.BERLIN);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        "at", "at must be a date and time like 2026-11-25T18:30 or 2026-11-25T18:30+01:00");
            }
        }
    }
}

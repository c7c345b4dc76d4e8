package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Caller;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.UnprocessableInputException;
import org.impuls.directory.api.BusinessChanged;
import org.impuls.directory.hours.OpeningHours;

/**
 * Writes a checked {@link BusinessForm} into a business: the checks Bean Validation cannot make
 * (categories exist, opening hours can be read, a position has both coordinates) refuse with the
 * field's name before anything changes. The kind is the operator's alone (it decides fees and whether the
 * business may sell); a new name or address of an admitted business waits for the operator's review.
 */
@ApplicationScoped
public class BusinessEditor {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    BusinessAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Event<BusinessChanged> changed;

    @Inject
    Event<ProfileChangeProposed> proposed;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Staff (or an operator) change a business's profile. */
    @Transactional
    public Business update(long businessId, BusinessForm form) {
        Business business = access.editable(businessId);
        boolean operator = caller.isOperator();
        if (form.getKind() != business.getKind()) {
            if (!operator) {
                throw new UnprocessableInputException(
                        "kind",
                        "kind: the kind of " + business.getName() + " (" + business.getKind()
                                + ") decides its fees and whether it may sell; only the portal's operators change it");
            }
            audit.record(
                    "directory.business.kind-changed",
                    "business:" + businessId,
                    business.getKind() + " → " + form.getKind());
            business.classify(form.getKind());
        }
        Instant proposedBefore = business.getChangeProposedAt();
        write(business, form, !operator && business.isAdmitted());
        audit.record("directory.business.edited", "business:" + businessId, null);
        if (business.hasPendingChange() && !business.getChangeProposedAt().equals(proposedBefore)) {
            proposed.fire(new ProfileChangeProposed(businessId));
        }
        changed.fire(new BusinessChanged(businessId));
        return business;
    }

    /** A new business's data, from its application: written as given, the operator reviews the whole application. */
    void write(Business business, BusinessForm form) {
        write(business, form, false);
    }

    private void write(Business business, BusinessForm form, boolean reviewNameAndAddress) {
        List<Category> categories = categories(form.getCategories());
        String hours = canonicalHours(form.getOpeningHours());
        if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
            throw new InvalidInputException("longitude", "give both latitude and longitude, or neither");
        }
        if (reviewNameAndAddress) {
            business.proposeChange(
                    form.getName().strip(),
                    form.getStreet().strip(),
                    form.getPostalCode(),
                    form.getCity().strip(),
                    clock.instant());
        } else {
            business.rename(form.getName().strip());
            business.moveTo(
                    form.getStreet().strip(),
                    form.getPostalCode(),
                    form.getCity().strip());
        }
        business.locate(form.getLatitude(), form.getLongitude());
        business.categorise(categories);
        business.describe(strip(form.getDescriptionDe()), strip(form.getDescriptionEn()));
        business.contact(
                BusinessForm.blankToNull(form.getPhone()),
                BusinessForm.blankToNull(form.getEmail()),
                BusinessForm.blankToNull(form.getWebsite()),
                hours);
        business.tag(tags(form.getTags()));
        business.setLegal(form.legal());
    }

    private List<Category> categories(List<String> slugs) {
        if (slugs.isEmpty()) {
            throw new InvalidInputException("categories", "choose at least one category");
        }
        List<Category> found = em.createQuery("select c from Category c where c.slug in :slugs", Category.class)
                .setParameter("slugs", slugs)
                .getResultList();
        if (found.size() != slugs.stream().distinct().count()) {
            List<String> known = found.stream().map(Category::getSlug).toList();
            throw new InvalidInputException(
                    "categories",
                    "unknown category: "
                            + slugs.stream()
                                    .filter(slug -> !known.contains(slug))
                                    .findFirst()
                                    .orElse(""));
        }
        return found;
    }

    /** Opening hours in the canonical OSM form, or null when none were given. */
    private static String canonicalHours(String text) {
        return text == null || text.isBlank() ? null : OpeningHours.parse(text).toString();
    }

    /** Tags as "a, b, c": trimmed, without empties or repeats. */
    static String tags(String text) {
        if (text == null) {
            return "";
        }
        return String.join(
                ", ",
                java.util.Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .distinct()
                        .toList());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

package org.impuls.directory.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Caller;
import org.impuls.core.api.PortalLinks;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.LimitReachedException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.BusinessAccess;
import org.impuls.directory.business.BusinessStatus;

/**
 * Invites people to a business's staff, lets them accept, and removes staff. Only approved businesses
 * invite, at most {@value #PER_DAY} a day each (counted in the database, so every node and parallel
 * requests agree), and an invitation is accepted only by the account of the address it was sent to.
 */
@ApplicationScoped
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);
    static final int PER_DAY = 10;
    /** The field of the refusal when another account than the invited address's accepts. */
    static final String WRONG_ACCOUNT = "email";

    public static final String ACCEPT_PATH = "/einladung";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    BusinessAccess access;

    @Inject
    StaffDirectory staff;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Mails an invitation to the address; it is valid for seven days and once. */
    @Transactional
    public void invite(long businessId, String email) {
        Business business = access.editable(businessId);
        if (business.getStatus() != BusinessStatus.APPROVED) {
            throw new ConflictException(
                    "Only approved businesses invite staff; " + business.getName() + " is not approved.");
        }
        // one inviter at a time per business, so that parallel invitations are counted too
        em.lock(business, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        long lastDay = em.createQuery(
                        "select count(i) from Invitation i where i.businessId = :id and i.createdAt > :since",
                        Long.class)
                .setParameter("id", businessId)
                .setParameter("since", now.minus(Duration.ofDays(1)))
                .getSingleResult();
        if (lastDay >= PER_DAY) {
            throw new LimitReachedException("A business sends at most " + PER_DAY + " invitations a day; "
                    + business.getName() + " has sent " + lastDay + " in the last 24 hours. Try again tomorrow.");
        }
        String address = email == null ? "" : email.strip();
        if (!address.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}") || address.length() > 254) {
            throw new InvalidInputException("email", "this is not an e-mail address");
        }
        boolean alreadyStaff = staff.staffOf(businessId).stream()
                .anyMatch(m -> m.contact().email().equalsIgnoreCase(address));
        if (alreadyStaff) {
            throw new InvalidInputException("email", address + " already works for " + business.getName());
        }
        String token = newToken();
        em.persist(new Invitation(businessId, address, hash(token), now, now.plus(VALID_FOR)));
        // the invitee may have no account yet: write in the inviter's language
        StaffDirectory.Contact inviter =
                caller.accountId().flatMap(staff::contact).orElse(new StaffDirectory.Contact(0, "", "", Locale.GERMAN));
        outbox.queue(Mail.to(address)
                .template("directory", "invitation")
                .language(inviter.language())
                .model("business", business.getName())
                .model("inviter", inviter.displayName())
                .model("link", links.absolute(ACCEPT_PATH + "?token=" + token)));
        audit.record("directory.staff.invited", "business:" + businessId, address);
    }

    /**
     * The logged-in account joins the staff of the invitation's business; answers that business's id. Another
     * account than the invited address's is refused, and the invitation stays open for the invited person.
     */
    @Transactional
    public long accept(String token, long accountId) {
        Invitation invitation = token == null
                ? null
                : em.createQuery("select i from Invitation i where i.tokenHash = :hash", Invitation.class)
                        .setParameter("hash", hash(token))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (invitation == null || !invitation.usableAt(clock.instant())) {
            throw new InvalidInputException(
                    "token", "this invitation link is unknown, used or expired; ask for a new one");
        }
        boolean invitedAddress = staff.contact(accountId)
                .map(c -> c.email().equalsIgnoreCase(invitation.getEmail()))
                .orElse(false);
        if (!invitedAddress) {
            audit.record(
                    "directory.staff.wrong-account", "business:" + invitation.getBusinessId(), "account:" + accountId);
            throw new InvalidInputException(
                    WRONG_ACCOUNT,
                    "this invitation was sent to another e-mail address; "
                            + "log in with the account of the invited address to accept it");
        }
        invitation.accept(clock.instant());
        boolean alreadyStaff = staff.staffOf(invitation.getBusinessId()).stream()
                .anyMatch(m -> m.contact().accountId() == accountId);
        if (alreadyStaff) {
            return invitation.getBusinessId(); // an owner keeps being the owner
        }
        Business business = em.find(Business.class, invitation.getBusinessId());
        staff.link(
                accountId,
                invitation.getBusinessId(),
                false,
                business.isAdmitted() ? StaffDirectory.LinkState.ACTIVE : StaffDirectory.LinkState.PENDING);
        audit.record("directory.staff.joined", "business:" + invitation.getBusinessId(), "account:" + accountId);
        return invitation.getBusinessId();
    }

    /** Removes someone from the staff; the owner stays (an operator can transfer a business on request). */
    @Transactional
    public void remove(long businessId, long accountId) {
        access.editable(businessId);
        StaffDirectory.Member member = staff.staffOf(businessId).stream()
                .filter(m -> m.contact().accountId() == accountId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("account " + accountId + " is not staff here"));
        if (member.owner()) {
            throw new ConflictException("The owner cannot be removed from the staff.");
        }
        staff.unlink(accountId, businessId);
        audit.record(
                "directory.staff.removed",
                "business:" + businessId,
                member.contact().email());
    }

    public List<StaffDirectory.Member> staffOf(long businessId) {
        access.editable(businessId);
        return staff.staffOf(businessId);
    }

    /** Invitations not yet accepted and not expired. */
    public List<Invitation> open(long businessId) {
        access.editable(businessId);
        return em.createQuery(
                        "select i from Invitation i where i.businessId = :id and i.acceptedAt is null "
                                + "and i.expiresAt > :now order by i.createdAt",
                        Invitation.class)
                .setParameter("id", businessId)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

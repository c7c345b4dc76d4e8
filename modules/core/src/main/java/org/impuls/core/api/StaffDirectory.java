package org.impuls.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who works for which business, and how to reach an account. The directory owns businesses; the core
 * owns accounts and keeps the staff links, which make an account a MERCHANT of that business once the
 * directory has activated them (an applicant's link waits, pending, for the operator's approval).
 */
public interface StaffDirectory {

    /** A link is PENDING while its business is not admitted; only ACTIVE links give the MERCHANT role. */
    enum LinkState {
        PENDING,
        ACTIVE
    }

    /** Someone's contact details: where mails go and in which language. */
    record Contact(long accountId, String email, String displayName, Locale language) {}

    /** A member of a business's staff; the owner applied for the business, staff were invited; active once admitted. */
    record Member(Contact contact, boolean owner, boolean active) {}

    /** The contact of an active account, or empty if it does not exist or was deleted. */
    Optional<Contact> contact(long accountId);

    /** The active account with this address, if any. */
    Optional<Contact> contactByEmail(String email);

    /** Contacts of all active operators, e.g. to tell them that an application waits. */
    List<Contact> operators();

    /** Everyone linked to the business, pending or active. */
    List<Member> staffOf(long businessId);

    /** Links an account to a business (again: the role and state are updated). */
    void link(long accountId, long businessId, boolean owner, LinkState state);

    /** The business was admitted: every link to it becomes active, its staff become MERCHANTs of it. */
    void activate(long businessId);

    /** The business is not (or no longer) admitted: every link to it waits again and gives no role. */
    void deactivate(long businessId);

    /** The businesses an account is linked to in this state, e.g. the pending ones an applicant waits for. */
    Set<Long> businessesOf(long accountId, LinkState state);

    void unlink(long accountId, long businessId);
}

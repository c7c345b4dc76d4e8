package org.impuls.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who works for which business, and how to reach an account. The directory owns businesses; the core
 * owns accounts and keeps the staff links, which make an account a MERCHANT of that business.
 */
public interface StaffDirectory {

    /** Someone's contact details: where mails go and in which language. */
    record Contact(long accountId, String email, String displayName, Locale language) {
    }

    /** A member of a business's staff; the owner applied for the business, staff were invited. */
    record Member(Contact contact, boolean owner) {
    }

    /** The contact of an active account, or empty if it does not exist or was deleted. */
    Optional<Contact> contact(long accountId);

    /** The active account with this address, if any. */
    Optional<Contact> contactByEmail(String email);

    /** Contacts of all active operators, e.g. to tell them that an application waits. */
    List<Contact> operators();

    List<Member> staffOf(long businessId);

    /** Links an account to a business (again: the role is updated). */
    void link(long accountId, long businessId, boolean owner);

    void unlink(long accountId, long businessId);
}

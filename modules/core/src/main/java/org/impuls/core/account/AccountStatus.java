package org.impuls.core.account;

/** Where an account stands: only ACTIVE accounts can log in. */
public enum AccountStatus {
    /** Registered, e-mail address not yet confirmed. */
    UNCONFIRMED,
    ACTIVE,
    /** Locked by an operator, with a reason. */
    LOCKED,
    /** Deleted by its owner; personal data erased. */
    DELETED
}

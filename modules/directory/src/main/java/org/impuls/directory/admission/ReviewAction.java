package org.impuls.directory.admission;

/** A step in a business's admission or moderation history. */
public enum ReviewAction {
    APPLIED,
    RESUBMITTED,
    APPROVED,
    REJECTED,
    INFO_REQUESTED,
    HIDDEN,
    SHOWN,
    CHANGE_PROPOSED,
    CHANGE_APPROVED,
    CHANGE_REJECTED
}

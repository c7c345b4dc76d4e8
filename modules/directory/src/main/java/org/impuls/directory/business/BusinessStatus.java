package org.impuls.directory.business;

/**
 * Where a business stands: applications are PENDING until the operator approves, rejects or asks for
 * information (INFO_REQUESTED, back to PENDING when the applicant answers). Only APPROVED businesses
 * are public; the operator may HIDE an approved one, e.g. after a report.
 */
public enum BusinessStatus {
    PENDING,
    INFO_REQUESTED,
    APPROVED,
    REJECTED,
    HIDDEN
}

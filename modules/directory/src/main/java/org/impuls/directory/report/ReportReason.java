package org.impuls.directory.report;

/** Why someone reports a listing. */
public enum ReportReason {
    WRONG,
    UNLAWFUL,
    CLOSED,
    OTHER
}

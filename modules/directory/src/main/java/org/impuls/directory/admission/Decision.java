package org.impuls.directory.admission;

/** What the operator decides about an application. */
public enum Decision {
    APPROVE,
    REJECT,
    REQUEST_INFO
}

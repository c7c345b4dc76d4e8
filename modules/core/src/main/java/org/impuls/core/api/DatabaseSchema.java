package org.impuls.core.api;

/**
 * A module's or plugin's own set of Flyway migrations, found under {@code
 * db/migration/<name>} on the class path of the declaring class and recorded in the history table
 * {@code flyway_<name>}. Declare one as a CDI bean; the core runs them at start, in {@link
 * #order()}.
 */
public interface DatabaseSchema {

    /** Lower-case name, e.g. {@code directory}: names the migration folder and history table. */
    String name();

    /** Sets run in ascending order; the core's own set is 0. */
    default int order() {
        return 100;
    }
}

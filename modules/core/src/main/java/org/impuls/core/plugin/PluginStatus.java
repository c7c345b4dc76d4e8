package org.impuls.core.plugin;

/** Where a plugin stands in this installation. */
public enum PluginStatus {
    /** Its jar is present; never installed, or uninstalled. */
    DISCOVERED,
    /** Migrations ran; not active (also: disabled). */
    INSTALLED,
    /** Active: its contributions take part. */
    ENABLED,
    /** Threw while starting or in an extension point; inert until the operator enables it again. */
    FAILED,
    /** Recorded as installed, but its jar is gone from the installation. */
    MISSING
}

package org.impuls.core.api;

/**
 * CDI event fired once at start, after every {@link DatabaseSchema} was migrated. Modules observe it
 * to load their demo data when {@code demoMode} is on.
 */
public record PlatformStarted(boolean demoMode) {
}

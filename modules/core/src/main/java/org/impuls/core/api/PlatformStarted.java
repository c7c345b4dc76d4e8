package org.impuls.core.api;

/**
 * CDI event fired once at start, after the core's and every installed plugin's migrations ran. Modules
 * observe it to load their demo data when {@code demoMode} is on.
 */
public record PlatformStarted(boolean demoMode) {}

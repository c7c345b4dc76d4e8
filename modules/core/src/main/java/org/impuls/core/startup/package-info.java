/**
 * Start-up: runs each module's and plugin's Flyway migration set in its own history table, then
 * announces {@link org.impuls.core.api.PlatformStarted} so that demo data can be loaded; reports
 * readiness to MicroProfile Health.
 */
package org.impuls.core.startup;

/**
 * The plugin contract at work: discovery of {@link org.impuls.core.api.Plugin} beans, their lifecycle
 * (installed → enabled ⇄ disabled → uninstalled, or failed) persisted per installation, version and
 * dependency checks, settings, and the guards that make a plugin's contributions inert while it is
 * not enabled or after it failed.
 */
package org.impuls.core.plugin;

package org.impuls.core.api;

import java.util.List;

/**
 * Declares a plugin (or a built-in module): one CDI bean per jar implements this. Everything in the
 * jar's packages at or below this class's package belongs to the plugin: its menu entries, routes,
 * slots, search providers, REST resources and event observers are active only while the plugin is
 * enabled. Its Flyway migrations live under {@code db/migration/<id>}; its pages under {@code
 * /<id>/…}, {@code /backoffice/<id>/…} and {@code /admin/<id>/…}.
 */
public interface Plugin {

    /** Lower-case id, e.g. {@code pinnwand}: names its URLs, REST path, migrations and settings. */
    String id();

    /** Name shown to the operator. */
    String name();

    /** The plugin's own version, e.g. {@code 1.2.0}. */
    String version();

    /** The oldest core version it works with, e.g. {@code 0.1}. */
    String requiredCoreVersion();

    /** Ids of plugins that must be enabled before this one. */
    default List<String> dependencies() {
        return List.of();
    }

    /** Built-in modules are installed and enabled always; the operator cannot switch them off. */
    default boolean alwaysOn() {
        return false;
    }

    /** The typed settings the operator can change, with their defaults. */
    default List<PluginSetting> settings() {
        return List.of();
    }

    /** Called once its migrations ran at installation; e.g. to add seed data. */
    default void installed() {}

    /** Called when it is enabled (also at each start while enabled); throwing marks the plugin failed. */
    default void enabled() {}

    /** Called when it is disabled. */
    default void disabled() {}
}

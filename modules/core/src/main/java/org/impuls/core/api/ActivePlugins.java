package org.impuls.core.api;

/**
 * Whether a plugin's code takes part now, for a module that hands work to beans other plugins bring (a shop's payment
 * methods): the extension points of {@code plugin-guide.md} already ask the core; this is the same question for theirs.
 */
public interface ActivePlugins {

    /**
     * Whether a contribution (a bean, or its class) takes part now: classes of no plugin always, a plugin's only while
     * that plugin is enabled (not while installed, disabled or failed). Ownership is by package, as for every plugin.
     */
    boolean takesPart(Object contribution);
}

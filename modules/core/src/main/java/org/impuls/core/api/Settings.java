package org.impuls.core.api;

/** Reads the current value of a plugin's or module's typed setting (the default until changed). */
public interface Settings {

    String text(String pluginId, String key);

    int integer(String pluginId, String key);

    boolean flag(String pluginId, String key);
}

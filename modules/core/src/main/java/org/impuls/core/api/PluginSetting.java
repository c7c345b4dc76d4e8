package org.impuls.core.api;

import java.util.Objects;

/**
 * One typed setting of a plugin or module with its default; the admin generates the form from these.
 *
 * @param key unique within the plugin, e.g. {@code title}
 * @param type what values it takes
 * @param defaultValue the value until the operator changes it, written as text
 * @param labelKey message key of the field's label
 */
public record PluginSetting(String key, Type type, String defaultValue, String labelKey) {

    /** The kinds of values a setting can have. */
    public enum Type {
        TEXT,
        INTEGER,
        BOOLEAN;

        boolean accepts(String value) {
            if (value == null) {
                return false;
            }
            return switch (this) {
                case TEXT -> value.length() <= 2000;
                case INTEGER -> value.strip().matches("-?\\d{1,9}");
                case BOOLEAN -> value.equals("true") || value.equals("false");
            };
        }
    }

    public PluginSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!type.accepts(defaultValue)) {
            throw new IllegalArgumentException("default of " + key + " is not a " + type + ": " + defaultValue);
        }
    }

    /** Whether a text is a valid value of this type. */
    public boolean accepts(String value) {
        return type.accepts(value);
    }
}

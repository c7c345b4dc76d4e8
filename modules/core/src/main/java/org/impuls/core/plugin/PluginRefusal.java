package org.impuls.core.plugin;

/** A lifecycle change that cannot be made, with a message that says why and what to do. */
public class PluginRefusal extends RuntimeException {

    public PluginRefusal(String message) {
        super(message);
    }
}

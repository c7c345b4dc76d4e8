package org.impuls.core.plugin;

import org.impuls.core.api.error.ConflictException;

/** A lifecycle change that the installation's state does not allow (409), with a message that says why and what to do. */
public class PluginRefusal extends ConflictException {

    public PluginRefusal(String message) {
        super(message);
    }
}

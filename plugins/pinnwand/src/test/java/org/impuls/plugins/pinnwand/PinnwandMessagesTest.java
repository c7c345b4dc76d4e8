package org.impuls.plugins.pinnwand;

import org.impuls.core.architecture.BilingualMessagesRules;

class PinnwandMessagesTest extends BilingualMessagesRules {

    @Override
    protected String module() {
        return "pinnwand";
    }
}

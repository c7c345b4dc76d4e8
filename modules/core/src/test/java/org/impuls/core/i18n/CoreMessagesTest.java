package org.impuls.core.i18n;

import org.impuls.core.architecture.BilingualMessagesRules;

class CoreMessagesTest extends BilingualMessagesRules {

    @Override
    protected String module() {
        return "core";
    }
}

package org.impuls.shop;

import org.impuls.core.architecture.BilingualMessagesRules;

class ShopMessagesTest extends BilingualMessagesRules {

    @Override
    protected String module() {
        return "shop";
    }
}

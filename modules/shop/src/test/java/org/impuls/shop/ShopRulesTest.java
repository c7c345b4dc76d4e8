package org.impuls.shop;

import org.impuls.core.architecture.ModuleBoundaryRules;

class ShopRulesTest extends ModuleBoundaryRules {

    @Override
    protected String module() {
        return "shop";
    }
}

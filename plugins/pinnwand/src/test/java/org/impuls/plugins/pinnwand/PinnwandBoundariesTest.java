package org.impuls.plugins.pinnwand;

import org.impuls.core.architecture.ModuleBoundaryRules;

class PinnwandBoundariesTest extends ModuleBoundaryRules {

    @Override
    protected String module() {
        return "plugins.pinnwand";
    }
}

package org.impuls.core.architecture;

class CoreBoundariesTest extends ModuleBoundaryRules {

    @Override
    protected String module() {
        return "core";
    }
}

package org.impuls.directory;

import org.impuls.core.architecture.ModuleBoundaryRules;

class DirectoryRulesTest extends ModuleBoundaryRules {

    @Override
    protected String module() {
        return "directory";
    }
}

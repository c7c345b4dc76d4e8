package org.impuls.directory;

import org.impuls.core.architecture.BilingualMessagesRules;

class DirectoryMessagesTest extends BilingualMessagesRules {

    @Override
    protected String module() {
        return "directory";
    }
}

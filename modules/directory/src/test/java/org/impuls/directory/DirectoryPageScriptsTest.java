package org.impuls.directory;

import org.impuls.core.architecture.PageScriptRules;

class DirectoryPageScriptsTest extends PageScriptRules {}

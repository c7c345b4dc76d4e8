package org.impuls.plugins.pinnwand;

import org.impuls.core.architecture.PageScriptRules;

class PinnwandPageScriptsTest extends PageScriptRules {}

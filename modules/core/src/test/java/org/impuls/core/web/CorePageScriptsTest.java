package org.impuls.core.web;

import org.impuls.core.architecture.PageScriptRules;

class CorePageScriptsTest extends PageScriptRules {}

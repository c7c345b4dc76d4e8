package org.impuls.shop;

import org.impuls.core.architecture.PageScriptRules;

class ShopPageScriptsTest extends PageScriptRules {}

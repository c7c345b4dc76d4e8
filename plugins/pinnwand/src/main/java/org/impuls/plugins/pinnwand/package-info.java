/**
 * Pinnwand, the example plugin: a notice board for the portal. It proves the plugin contract by using
 * every extension point; read it together with {@code src/docs/plugin-guide.md}.
 */
package org.impuls.plugins.pinnwand;

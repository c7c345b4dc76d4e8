/**
 * The company directory: profiles of local businesses, clubs and social institutions, the category
 * tree and the German-aware search over them. A built-in module on the core's plugin contract;
 * others use it only through {@code org.impuls.directory.api}.
 */
package org.impuls.directory;

/** The operator manages the category tree: add, rename (search keys follow), remove unused categories. */
package org.impuls.directory.category;

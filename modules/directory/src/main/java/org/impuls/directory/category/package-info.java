/**
 * The operator manages the business category tree (the core's tree rules): add, rename and move (search keys
 * follow), remove unused categories.
 */
package org.impuls.directory.category;

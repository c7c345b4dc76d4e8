/**
 * The operator manages the shop's product category tree (the core's tree rules): add, rename and move (the
 * products' search keys follow), remove categories without products or sub-categories.
 */
package org.impuls.shop.category;

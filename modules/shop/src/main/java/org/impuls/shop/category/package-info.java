/**
 * The operator manages the shop's product category tree: add, rename (the products' search keys follow),
 * remove categories without products or sub-categories.
 */
package org.impuls.shop.category;

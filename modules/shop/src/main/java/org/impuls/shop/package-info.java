/**
 * The marketplace: every approved commercial business of the directory can sell. Features live in
 * sub-packages ({@code catalog}, {@code category}, {@code csv}, {@code delivery}, {@code payment}, {@code stock}; each holds its pages, services and resources); other modules see only
 * {@code org.impuls.shop.api}.
 */
package org.impuls.shop;

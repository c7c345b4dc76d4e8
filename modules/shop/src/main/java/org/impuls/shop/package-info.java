/**
 * The marketplace: every approved commercial business of the directory can sell. Features live in
 * sub-packages ({@code catalog}, {@code category}, {@code csv}, {@code delivery}, {@code stock}, {@code cart},
 * {@code checkout}, {@code order}, {@code payment}, {@code commission}; each holds its pages, services and
 * resources); other modules and plugins see only
 * {@code org.impuls.shop.api}.
 */
package org.impuls.shop;

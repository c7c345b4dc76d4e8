/**
 * The marketplace: every approved commercial business of the directory can sell. Features live in
 * sub-packages ({@code catalog}, {@code delivery}, {@code backoffice}, …); other modules see only
 * {@code org.impuls.shop.api}.
 */
package org.impuls.shop;

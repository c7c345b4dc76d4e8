/**
 * The cart (#16): one cart across the city's merchants, anonymous or an account's, kept in {@code shop_cart} and
 * {@code shop_cart_line}. {@link org.impuls.shop.cart.Carts} is the service pages, REST and checkout use; it answers
 * {@link org.impuls.shop.cart.CartSummary}. See {@code src/docs/cart.md}.
 */
package org.impuls.shop.cart;

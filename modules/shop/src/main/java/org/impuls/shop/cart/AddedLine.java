package org.impuls.shop.cart;

/**
 * What an add changed, without the rest of the cart: the cart (new for a visitor's first item), the line with its
 * quantity now, and the number of items in the cart for the header.
 */
public record AddedLine(String cartId, long lineId, long variantId, int quantity, int itemCount) {}

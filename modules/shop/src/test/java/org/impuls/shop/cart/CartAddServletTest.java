package org.impuls.shop.cart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where "In den Warenkorb" sends the browser back to: only a page of the portal, without an earlier outcome. */
class CartAddServletTest {

    @Test
    void goesBackOnlyToAPathOfThePortal() {
        assertThat(CartAddServlet.back("/produkte?q=honig")).isEqualTo("/produkte?q=honig");
        assertThat(CartAddServlet.back("/produkte/12#top")).isEqualTo("/produkte/12");
        assertThat(CartAddServlet.back("https://evil.example/")).isEqualTo("/produkte");
        assertThat(CartAddServlet.back("//evil.example/")).isEqualTo("/produkte");
        assertThat(CartAddServlet.back("/\\evil.example/")).isEqualTo("/produkte");
        assertThat(CartAddServlet.back(null)).isEqualTo("/produkte");
    }

    @Test
    void anEarlierOutcomeIsDroppedAndTheNewOneAnchoredAtItsButton() {
        String back = CartAddServlet.back(
                "/produkte?q=honig&cart=refused&cartVariant=7&cartQuantity=150&cartReason=quantity&page=2");
        assertThat(back).isEqualTo("/produkte?q=honig&page=2");
        assertThat(CartAddServlet.joined(back, "cartVariant=9&cartQuantity=1&cart=added"))
                .isEqualTo("/produkte?q=honig&page=2&cartVariant=9&cartQuantity=1&cart=added#cart-add-9");
        assertThat(CartAddServlet.joined(
                        CartAddServlet.back("/produkte/12?cartVariant=3&cart=added"), "cart=refused&cartReason=x"))
                .isEqualTo("/produkte/12?cart=refused&cartReason=x");
    }
}

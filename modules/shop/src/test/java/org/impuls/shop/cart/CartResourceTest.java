package org.impuls.shop.cart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CartResourceTest {

    @Test
    void returnMinimalIsFoundAmongOtherPreferencesInAnyCase() {
        assertThat(CartResource.prefersMinimal("return=minimal")).isTrue();
        assertThat(CartResource.prefersMinimal("respond-async, Return = Minimal"))
                .isTrue();
        assertThat(CartResource.prefersMinimal("return=representation")).isFalse();
        assertThat(CartResource.prefersMinimal("handling=lenient")).isFalse();
        assertThat(CartResource.prefersMinimal("")).isFalse();
        assertThat(CartResource.prefersMinimal(null)).isFalse();
    }
}

package org.impuls.shop.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CartIdsTest {

    @Test
    void idsAre128RandomBitsInBase64url() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = CartIds.next();
            assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
            assertThat(CartIds.wellFormed(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void otherTextsAreNoCartIds() {
        assertThat(CartIds.wellFormed(null)).isFalse();
        assertThat(CartIds.wellFormed("mine")).isFalse();
        assertThat(CartIds.wellFormed("1")).isFalse();
        assertThat(CartIds.wellFormed("abcdefghijklmnopqrstu/")).isFalse();
    }
}

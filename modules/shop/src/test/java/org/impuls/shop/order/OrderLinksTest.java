package org.impuls.shop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OrderLinksTest {

    @Test
    void aGuestsLinkCarriesTheTokenAsItIsAndACustomersTheNumber() {
        assertThat(OrderLinks.guest("q3Zb1Xv0nY-R8w2mT5a_cA")).isEqualTo("/bestellung/q3Zb1Xv0nY-R8w2mT5a_cA");
        assertThat(OrderLinks.account("2026-000123")).isEqualTo("/konto/bestellungen/2026-000123");
    }

    @Test
    void anythingElseInAPathIsEncodedSoItStaysOneSegment() {
        assertThat(OrderLinks.guest("a/b?c")).isEqualTo("/bestellung/a%2Fb%3Fc");
    }

    @Test
    void theTokensHashIsTheSha256OfItsUtf8BytesAsPostgresComputesItInV13() {
        // sha256(convert_to('abc', 'UTF8')) in PostgreSQL, the FIPS 180-2 test vector
        assertThat(HexFormat.of().formatHex(CustomerOrder.hashOf("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

package org.impuls.shop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** An upload is counted as it is read and refused past its cap, whatever it announced. */
class CappedBodyTest {

    @Test
    void aBodyUpToTheCapIsReadWhole() throws Exception {
        InputStream body = CappedBody.atMost(new ByteArrayInputStream(new byte[1000]), 1000, "ZIP file");

        assertThat(body.readAllBytes()).hasSize(1000);
    }

    @Test
    void oneByteOverTheCapStopsTheReading() {
        InputStream body = CappedBody.atMost(new ByteArrayInputStream(new byte[1001]), 1000, "ZIP file");

        assertThatThrownBy(body::readAllBytes)
                .isInstanceOf(CappedBody.TooLarge.class)
                .hasMessageContaining("ZIP file is larger than");
    }

    @Test
    void singleBytesAndSkipsCountToo() throws Exception {
        InputStream body = CappedBody.atMost(new ByteArrayInputStream(new byte[20]), 10, "CSV file");
        body.skip(9);
        body.read();

        assertThatThrownBy(body::read).isInstanceOf(CappedBody.TooLarge.class);
    }
}

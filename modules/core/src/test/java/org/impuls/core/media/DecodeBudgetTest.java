package org.impuls.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.impuls.core.api.error.UnprocessableInputException;
import org.junit.jupiter.api.Test;

class DecodeBudgetTest {

    private final DecodeBudget budget = new DecodeBudget(40_000_000, 160_000_000, 800);

    @Test
    void decodedBytesCountChannelsAndTwoBytesPerSixteenBitSample() {
        assertThat(new ImageHeader(8000, 5000, 4, 16).decodedBytes()).isEqualTo(320_000_000L);
        assertThat(new ImageHeader(8000, 5000, 3, 8).decodedBytes()).isEqualTo(120_000_000L);
        assertThat(new ImageHeader(100, 100, 1, 1).decodedBytes())
                .as("a 1-bit image counted at a byte a pixel")
                .isEqualTo(10_000L);
    }

    @Test
    void aSixteenBitImageWithinThePixelLimitIsRefusedForItsBytesNamingSizeAndLimit() {
        assertThatThrownBy(() -> budget.check(new ImageHeader(8000, 5000, 4, 16)))
                .isInstanceOf(UnprocessableInputException.class)
                .hasMessage(
                        "8000 × 5000 pixels with 4 channels of 16 bits decode to 320 MB; at most 160 MB are accepted");
    }

    @Test
    void anEightBitPhotoOfTheSameSizeIsAccepted() {
        assertThatCode(() -> budget.check(new ImageHeader(8000, 5000, 3, 8))).doesNotThrowAnyException();
        assertThatCode(() -> budget.check(new ImageHeader(8000, 5000, 4, 8)))
                .as("exactly at the limit")
                .doesNotThrowAnyException();
    }

    @Test
    void tooManyPixelsAreRefusedWhateverTheDepth() {
        assertThatThrownBy(() -> budget.check(new ImageHeader(9000, 5000, 1, 8)))
                .isInstanceOf(UnprocessableInputException.class)
                .hasMessage("the image has 9000 × 5000 pixels (45 megapixels); at most 40 megapixels are accepted");
    }

    @Test
    void largeImagesAreDecodedSubsampledButSharpEnoughForTheMediumVersion() {
        assertThat(budget.subsampling(new ImageHeader(1600, 1200, 3, 8)))
                .as("small: whole")
                .isEqualTo(1);
        assertThat(budget.subsampling(new ImageHeader(6000, 4000, 3, 8)))
                .as("24 MP: every third pixel, 2000 × 1333")
                .isEqualTo(3);
        assertThat(budget.subsampling(new ImageHeader(8000, 5000, 3, 8))).isEqualTo(4);
        assertThat(budget.subsampling(new ImageHeader(1600, 25000, 3, 8)))
                .as("narrow: keeps 800 px width")
                .isEqualTo(2);
        assertThat(budget.subsampling(new ImageHeader(800, 50000, 3, 8)))
                .as("too tall to keep the width")
                .isEqualTo(4);
    }

    @Test
    void theHeaderOfASixteenBitPngIsReadWithoutDecoding() throws IOException {
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                true,
                false,
                Transparency.TRANSLUCENT,
                DataBuffer.TYPE_USHORT);
        BufferedImage image = new BufferedImage(model, model.createCompatibleWritableRaster(40, 30), false, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        try (ImageInputStream in =
                ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(png.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in, true, true);
            assertThat(ImageHeader.of(reader)).isEqualTo(new ImageHeader(40, 30, 4, 16));
        }
    }
}

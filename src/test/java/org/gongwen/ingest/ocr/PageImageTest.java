package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

class PageImageTest {
    @Test
    void aKnownResolutionIsTheOneReckonedWith() {
        assertThat(new PageImage(new byte[0], "png", 1800, 900, 300).effectiveDpi()).isEqualTo(300f);
    }

    @Test
    void anUnknownResolutionIsThatOfAWholeA4Page() {
        // 2480 px across A4's 210 mm: 300 dpi, whether the page is upright or lying
        assertThat(new PageImage(new byte[0], "jpeg", 2480, 3508, 0).effectiveDpi()).isCloseTo(300f, within(0.1f));
        assertThat(new PageImage(new byte[0], "jpeg", 3508, 2480, 0).effectiveDpi()).isCloseTo(300f, within(0.1f));
        assertThat(new PageImage(new byte[0], "jpeg", 1654, 2339, 0).effectiveDpi()).isCloseTo(200f, within(0.1f));
    }

    @Test
    void aNegativeResolutionIsRefused() {
        assertThatThrownBy(() -> new PageImage(new byte[0], "png", 10, 10, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dpi");
    }

    @Test
    void anImageFileGivesTheResolutionItRecords() throws IOException {
        assertThat(recordedDpi(pngAt(300))).isCloseTo(300f, within(0.5f));
        assertThat(recordedDpi(pngAt(200))).isCloseTo(200f, within(0.5f));
    }

    @Test
    void aCamerasOrScreensResolutionCountsAsUnknown() throws IOException {
        assertThat(recordedDpi(pngAt(72))).isZero();
        assertThat(recordedDpi(pngAt(96))).isZero();
        assertThat(recordedDpi(TestPages.png(new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY)))).isZero();
    }

    private static float recordedDpi(byte[] file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return ImageExtractor.dpi(reader, 0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** A small grey PNG whose pHYs chunk says {@code dpi}, as a scanner writes it. */
    static byte[] pngAt(float dpi) throws IOException {
        return pngAt(new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY), dpi);
    }

    /** The image as a PNG whose pHYs chunk says {@code dpi}. */
    static byte[] pngAt(BufferedImage image, float dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                null);
        // the PNG chunk itself: the JDK's PNG writer mis-converts the standard tree's HorizontalPixelSize
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

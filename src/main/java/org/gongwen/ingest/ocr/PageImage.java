package org.gongwen.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * One page image as both engines take it: the bytes of a JPEG or PNG file and the image's size. A scanner's own JPEG
 * (the page of an image-only PDF, a photographed page) is passed through untouched, as the engines' command lines
 * would read it; only pages that must be rendered or converted are encoded here, as PNG with light compression
 * (default PNG compression costs about a second per 300 dpi A4 page, more than the OCR saves from smaller files).
 *
 * @param bytes  the encoded image file
 * @param format {@code jpeg} or {@code png}
 * @param width  width in pixels (reading order needs it to find columns)
 * @param height height in pixels
 * @param dpi    pixels per inch on the paper: known from the PDF page the image covers or from the image file's own
 *               resolution; 0 when unknown (a photographed page, an image without resolution)
 */
record PageImage(byte[] bytes, String format, int width, int height, float dpi) {
    /** A4, the paper of every 公文 (GB/T 9704-2012 5.1): its shorter side in inches. */
    private static final float A4_SHORT_SIDE_INCHES = 210 / 25.4f;

    PageImage {
        Objects.requireNonNull(bytes, "bytes");
        if (!format.equals("jpeg") && !format.equals("png")) {
            throw new IllegalArgumentException("format must be jpeg or png: " + format);
        }
        if (!(dpi >= 0)) {
            throw new IllegalArgumentException("dpi must be 0 (unknown) or positive: " + dpi);
        }
    }

    /** A rendered or decoded page at {@code dpi} (0: unknown), encoded as PNG. */
    static PageImage of(BufferedImage image, float dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f); // deflate level 1: fast, still 3–4× smaller than raw grey
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new PageImage(out.toByteArray(), "png", image.getWidth(), image.getHeight(), dpi);
    }

    /**
     * The resolution to reckon with: the known one, else the one the image would have as a whole A4 page, the paper
     * GB/T 9704 prescribes (a photo cropped to the page, a scan that did not record its resolution).
     */
    float effectiveDpi() {
        return dpi > 0 ? dpi : Math.min(width, height) / A4_SHORT_SIDE_INCHES;
    }

    /** The file name suffix engines that read files need. */
    String suffix() {
        return format.equals("jpeg") ? ".jpg" : ".png";
    }

    /** The media type, for Tika. */
    String mediaType() {
        return "image/" + format;
    }
}

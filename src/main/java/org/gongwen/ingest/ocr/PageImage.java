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
 */
record PageImage(byte[] bytes, String format, int width, int height) {
    PageImage {
        Objects.requireNonNull(bytes, "bytes");
        if (!format.equals("jpeg") && !format.equals("png")) {
            throw new IllegalArgumentException("format must be jpeg or png: " + format);
        }
    }

    /** A rendered or decoded page, encoded as PNG. */
    static PageImage of(BufferedImage image) throws IOException {
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
        return new PageImage(out.toByteArray(), "png", image.getWidth(), image.getHeight());
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

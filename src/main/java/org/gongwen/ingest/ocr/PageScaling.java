package org.gongwen.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Decodes a page image and resamples it, grey, for an engine that reads better at another resolution. */
final class PageScaling {
    private PageScaling() {
    }

    /** The page decoded, made grey and scaled by {@code scale} (bicubic), e.g. 2/3 for 300 → 200 dpi. */
    static BufferedImage scaled(PageImage page, double scale) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.bytes()));
        if (image == null) {
            throw new IOException("cannot decode the page's " + page.format() + " image");
        }
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}

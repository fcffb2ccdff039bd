package org.gongwen.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.gongwen.ingest.Extractor;
import org.gongwen.ingest.Hashes;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;
import org.w3c.dom.Node;

/**
 * Scanned pages as image files: PNG, JPEG and TIFF (every frame of a multi-page TIFF fax is a page). A grey or RGB
 * JPEG goes to the engine as it is; other images are converted to grey PNG. Each page is OCRed
 * by the {@link ScannedPageReader}; when OCR is unavailable the pages are kept empty and reported as needing OCR.
 */
final class ImageExtractor implements Extractor {
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "tif", "tiff");
    private static final float MIN_SCAN_DPI = 100;
    private static final float MAX_SCAN_DPI = 1200;
    private final ScannedPageReader ocr;

    ImageExtractor(ScannedPageReader ocr) {
        this.ocr = ocr;
    }

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public Extraction extract(SourceFile file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not a readable " + file.extension() + " image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int frames = reader.getNumImages(true);
                if (frames == 1 && isPlainJpeg(reader)) {
                    PageImage asIs = new PageImage(file.bytes(), "jpeg", reader.getWidth(0), reader.getHeight(0),
                            dpi(reader, 0));
                    return ocr.fill(emptyPages(file, 1), number -> asIs);
                }
                return ocr.fill(emptyPages(file, frames), number -> PageImage.of(grey(reader.read(number - 1)),
                        dpi(reader, number - 1)));
            } finally {
                reader.dispose();
            }
        }
    }

    /** A grey or RGB JPEG, which both engines read as it is (a CMYK or YCCK one is converted first). */
    private static boolean isPlainJpeg(ImageReader reader) throws IOException {
        if (!reader.getFormatName().equalsIgnoreCase("jpeg")) {
            return false;
        }
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        int components = raw == null ? 0 : raw.getColorModel().getNumComponents();
        return components == 1 || components == 3;
    }

    /**
     * The resolution the image file records (JFIF density, PNG pHYs, TIFF resolution), 0 when it records none or an
     * implausible one: 72 or 96 dpi is what cameras and screen tools write whatever the page, not a scan's.
     */
    static float dpi(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node node = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName).getFirstChild();
            for (; node != null; node = node.getNextSibling()) {
                if (node.getNodeName().equals("Dimension")) {
                    return dpiOf(node);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable metadata: the resolution stays unknown, as for an image that records none
        }
        return 0;
    }

    private static float dpiOf(Node dimension) {
        for (Node n = dimension.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("HorizontalPixelSize")) {
                float dpi = 25.4f / Float.parseFloat(n.getAttributes().getNamedItem("value").getNodeValue());
                return dpi >= MIN_SCAN_DPI && dpi <= MAX_SCAN_DPI ? dpi : 0;
            }
        }
        return 0;
    }

    private static Extraction emptyPages(SourceFile file, int frames) {
        List<ExtractedPage> pages = new ArrayList<>();
        List<SourceInfo.PageOrigin> origins = new ArrayList<>();
        for (int i = 1; i <= frames; i++) {
            pages.add(new ExtractedPage(i, "", "image", true, -1));
            origins.add(new SourceInfo.PageOrigin(i, "image", true, -1));
        }
        String format = file.extension().startsWith("tif") ? "tiff" : file.extension().replace("jpg", "jpeg");
        SourceInfo info = new SourceInfo(file.name(), Hashes.sha256(file.bytes()), format, file.bytes().length,
                frames, origins);
        return new Extraction(info, pages, Map.of(), List.of());
    }

    /** OCR reads grey; converting here also flattens palettes, 1-bit fax frames and CMYK JPEGs. */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }
}

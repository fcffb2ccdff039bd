package org.gongwen.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;

/**
 * PDFs with a text layer, read with PDFBox sorted by position: one page per PDF page, page numbers ({@code — 3 —})
 * and running headers removed, paragraph breaks from the layout kept as blank lines. A page without a usable text
 * layer (a scan, or CJK fonts without a ToUnicode map) is marked {@code needsOcr} with empty text for the OCR step.
 */
final class PdfTextExtractor implements Extractor {
    static final String READER = "pdfbox";

    @Override
    public boolean accepts(SourceFile file) {
        return Set.of("pdf").contains(file.extension());
    }

    @Override
    public Extraction extract(SourceFile file) throws IOException {
        // streams PDFBox creates while reading go to temporary files, not the heap
        try (PDDocument document = Loader.loadPDF(file.bytes(), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PdfLineStripper stripper = new PdfLineStripper();
            List<LaidOutPage> laidOut = PageFurniture.remove(stripper.read(document));
            List<Problem> problems = new ArrayList<>();
            for (String broken : stripper.brokenPages()) {
                problems.add(Problem.of("ingest", "broken-page", "cannot read the text of " + broken));
            }
            Set<Integer> blank = BlankPdfPages.find(document, laidOut);
            if (!laidOut.isEmpty() && blank.size() == laidOut.size()) {
                throw new BlankPdfException("no text: all " + blank.size() + " pages of the PDF are blank");
            }
            List<ExtractedPage> pages = LayoutPages.toPages(laidOut, READER, problems, blank);
            return Readings.of(file, "pdf", pages, metadata(document.getDocumentInformation()), problems);
        } catch (InvalidPasswordException e) {
            throw new IOException("encrypted PDF: password required", e);
        } catch (BlankPdfException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("damaged or truncated PDF (" + e.getMessage() + ")", e);
        }
    }

    /** A PDF whose every page is blank: nothing to read and nothing to OCR. */
    private static final class BlankPdfException extends IOException {
        BlankPdfException(String message) {
            super(message);
        }
    }

    /** The PDF document-information entries that are set, under {@code pdf:Title}, {@code pdf:Author} …. */
    private static Map<String, String> metadata(PDDocumentInformation info) {
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "pdf:Title", info.getTitle());
        put(metadata, "pdf:Author", info.getAuthor());
        put(metadata, "pdf:Subject", info.getSubject());
        put(metadata, "pdf:Keywords", info.getKeywords());
        put(metadata, "pdf:Creator", info.getCreator());
        put(metadata, "pdf:Producer", info.getProducer());
        if (info.getCreationDate() != null) {
            metadata.put("pdf:CreationDate", info.getCreationDate().toInstant().toString());
        }
        return metadata;
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }
}

package org.gongwen.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * OFD files (GB/T 33190, the layout format of e-government 公文; Tika cannot read them), read with ofdrw-reader:
 * one page per OFD page, the text objects grouped into lines by baseline, then the same page-furniture removal
 * and paragraph detection as for PDF. Pages without usable text (scanned OFD) are marked for OCR.
 */
final class OfdExtractor implements Extractor {
    static final String READER = "ofdrw";

    @Override
    public boolean accepts(SourceFile file) {
        return Set.of("ofd").contains(file.extension());
    }

    @Override
    public Extraction extract(SourceFile file) throws IOException {
        List<LaidOutPage> laidOut = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ZipBombCheck.check(file.bytes()); // before the parser inflates anything into memory
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(file.bytes()))) {
            ContentExtractor content = new ContentExtractor(reader);
            int pageCount = reader.getNumberOfPages();
            for (int number = 1; number <= pageCount; number++) {
                laidOut.add(page(reader, content, number, problems));
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read OFD: damaged or unsupported file (" + e.getMessage() + ")", e);
        }
        List<ExtractedPage> pages = LayoutPages.toPages(PageFurniture.remove(laidOut), READER, problems);
        return Readings.of(file, "ofd", pages, Map.of(), problems);
    }

    private static LaidOutPage page(OFDReader reader, ContentExtractor content, int number, List<Problem> problems) {
        try {
            ST_Box size = reader.getPageSize(number);
            List<OfdLines.Run> runs = OfdLines.runs(content.getPageTextObject(number));
            return new LaidOutPage(number, size.getWidth(), size.getHeight(), OfdLines.lines(runs));
        } catch (RuntimeException e) {
            problems.add(Problem.of("ingest", "broken-page", "cannot read the text of page " + number + ": "
                    + e.getMessage()));
            return new LaidOutPage(number, 210, 297, List.of());
        }
    }
}

package org.gongwen.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Word-processor files read with Apache Tika: .docx, .doc, .rtf, .odt, and .wps (WPS Office files, which are
 * usually OLE2 Word documents). Word paragraphs become blocks separated by blank lines; the whole file is one page.
 * Embedded objects (pictures, OLE packages) are not parsed, and Tika's zip-bomb guard is set tighter than its
 * defaults, because a 公文 never needs them.
 */
final class TikaExtractor implements Extractor {
    static final String READER = "tika";
    private static final Set<String> EXTENSIONS = Set.of("docx", "doc", "rtf", "odt", "wps");
    /** 20 million characters: far beyond any 公文, small enough to stop a runaway file. */
    private static final int MAX_CHARACTERS = 20_000_000;
    private static final List<String> METADATA = List.of("dc:title", "dc:creator", "dcterms:created",
            "dcterms:modified", "xmpTPg:NPages");

    /**
     * The one parser, made on first use: setting Tika up loads every parser it knows (POI among them), about 0.8 s
     * that a build or an ingest of PDFs, web pages and text files should not pay. Tika's parsers are thread-safe.
     */
    private static final class Shared {
        static final AutoDetectParser PARSER = create();

        private static AutoDetectParser create() {
            AutoDetectParser parser = new AutoDetectParser();
            AutoDetectParserConfig config = new AutoDetectParserConfig();
            config.setMaximumCompressionRatio(100);
            config.setMaximumDepth(50);
            config.setMaximumPackageEntryDepth(5);
            config.setOutputThreshold(1_000_000);
            parser.setAutoDetectParserConfig(config);
            return parser;
        }
    }

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public Extraction extract(SourceFile file) throws IOException {
        ZipBombCheck.check(file.bytes()); // before the parser inflates anything into memory
        ParagraphHandler handler = new ParagraphHandler(MAX_CHARACTERS);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.name());
        try (InputStream in = new ByteArrayInputStream(file.bytes())) {
            Shared.PARSER.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new IOException("encrypted document: password required", e);
        } catch (TikaException | SAXException e) {
            throw new IOException("cannot read " + label(file) + " with Tika (" + rootMessage(e) + ")", e);
        }
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        if (Arrays.stream(parsedBy).allMatch(p -> p.endsWith("DefaultParser") || p.endsWith("EmptyParser"))) {
            throw new IOException("cannot read " + label(file) + ": Tika has no reader for it (detected as "
                    + metadata.get(Metadata.CONTENT_TYPE) + ")");
        }
        List<Problem> problems = new ArrayList<>();
        String text = handler.text();
        if (handler.truncated()) {
            problems.add(Problem.of("ingest", "truncated", "the text was cut after " + MAX_CHARACTERS
                    + " characters"));
        }
        if (ContentAreaFinder.hanCount(text) == 0) {
            problems.add(Problem.of("ingest", "no-text", "the document has no Chinese text"));
        }
        return Readings.of(file, file.extension(), List.of(ExtractedPage.text(1, text, READER)),
                kept(metadata), problems);
    }

    /** The innermost cause's message: "Unable to read entire header", not "TIKA-198: Illegal IOException from …". */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String label(SourceFile file) {
        return file.extension().toUpperCase(java.util.Locale.ROOT);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        context.set(OfficeParserConfig.class, office);
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                                      boolean outputHtml) {
                // embedded pictures and objects carry no 公文 text we read
            }
        });
        return context;
    }

    private static Map<String, String> kept(Metadata metadata) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : METADATA) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        }
        return kept;
    }
}

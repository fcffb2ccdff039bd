package org.gongwen.ingest;

import java.io.IOException;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;

/**
 * Reads one input format. Implementations are stateless and thread-safe; {@link #accepts} is cheap (extension and
 * magic bytes only). Bad content yields an {@link Extraction} with problems wherever some text could be read; an
 * exception means nothing could be read at all.
 */
public interface Extractor {
    /** True when this extractor reads the given file's format. */
    boolean accepts(SourceFile file);

    /** Reads the file's pages and container metadata. */
    Extraction extract(SourceFile file) throws IOException;
}

package org.gongwen.spark;

import java.io.Serializable;
import java.util.function.Function;
import org.gongwen.model.SourceFile;
import org.gongwen.pipeline.DocumentProcessor;
import org.gongwen.pipeline.ProcessedDocument;

/**
 * Builds the per-document work once per partition on an executor: readers, OCR engines and HanLP are loaded there,
 * never serialised from the driver. Serializable so Spark can ship the factory itself (a few bytes) with each task.
 */
interface WorkFactory extends Serializable {
    /** The core's pipeline: {@link DocumentProcessor#process} (read → normalise → structure → tag → commitments). */
    WorkFactory CORE = () -> new DocumentProcessor()::process;

    Function<SourceFile, ProcessedDocument> create();
}

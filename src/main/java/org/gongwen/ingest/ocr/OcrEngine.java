package org.gongwen.ingest.ocr;

import java.io.IOException;
import java.util.List;

/**
 * One OCR engine: a page image in, recognised text lines with their boxes and confidences out, in the engine's own
 * order (see {@link ReadingOrder} for the order a reader expects). An instance is used by one thread at a time; the
 * {@link PageOcrRunner} keeps one per worker thread so the model is loaded once per worker.
 *
 * <p>Example: a 300 dpi scan of a 红头文件 gives lines such as {@code 云产改办〔2022〕16号} at (540, 213) with
 * confidence 0.99.
 */
public interface OcrEngine {
    /** The engine's name as written in records: {@code paddle} or {@code tesseract}. */
    String name();

    /** Recognises the text lines of one page image. */
    List<OcrLine> recognize(PageImage page) throws IOException;
}

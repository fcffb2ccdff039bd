package org.gongwen.normalize;

import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;
import org.gongwen.model.OffsetMap;

/** The normalise stage's entry point. (Skeleton: page breaks become line breaks, nothing else.) */
public final class Normalizer {
    /** Normalises the extracted text of one document. */
    public NormalizedText normalize(Extraction extraction) {
        String text = extraction.joinedText().replace('\f', '\n');
        return new NormalizedText(text, OffsetMap.identity(text.length()), java.util.List.of());
    }
}

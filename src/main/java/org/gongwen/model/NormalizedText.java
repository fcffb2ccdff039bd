package org.gongwen.model;

import java.util.List;
import java.util.Objects;

/**
 * Clean text after normalisation (NFKC where safe, spaces between Han characters removed, layout line breaks joined,
 * paragraphs separated by one {@code \n}), with a map back to positions in {@link Extraction#joinedText()}.
 *
 * @param text     the normalised text
 * @param origin   for each char of {@code text}, its offset in the extracted text
 * @param problems problems met while normalising
 */
public record NormalizedText(String text, OffsetMap origin, List<Problem> problems) {
    public NormalizedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (origin.length() != text.length()) {
            throw new IllegalArgumentException("origin covers " + origin.length() + " chars, text has " + text.length());
        }
        problems = List.copyOf(problems);
    }
}

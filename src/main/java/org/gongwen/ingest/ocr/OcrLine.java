package org.gongwen.ingest.ocr;

import java.util.Objects;

/**
 * One recognised line (or line fragment) of a page, e.g. {@code 云产改办〔2022〕16号} in the box (540, 213, 400, 69).
 *
 * @param text       the recognised text
 * @param x          left edge in pixels
 * @param y          top edge in pixels
 * @param width      box width in pixels
 * @param height     box height in pixels
 * @param confidence the engine's confidence in [0,1]
 */
public record OcrLine(String text, int x, int y, int width, int height, double confidence) {
    public OcrLine {
        Objects.requireNonNull(text, "text");
    }

    int right() {
        return x + width;
    }

    int bottom() {
        return y + height;
    }

    double centerY() {
        return y + height / 2.0;
    }
}

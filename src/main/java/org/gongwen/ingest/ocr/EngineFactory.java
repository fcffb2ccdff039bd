package org.gongwen.ingest.ocr;

/**
 * Makes engines of one {@link OcrMode} and says once, cheaply for later calls, whether the engine can run here
 * ("needs OCR: install tesseract-ocr tesseract-ocr-chi-sim" when Debian's Tesseract is missing).
 */
class EngineFactory {
    private final OcrMode mode;
    private final int timeoutSeconds;
    private volatile String unavailable;
    private volatile boolean checked;
    private volatile TesseractInstall tesseract;

    EngineFactory(OcrMode mode, int timeoutSeconds) {
        this.mode = mode;
        this.timeoutSeconds = timeoutSeconds;
    }

    OcrMode mode() {
        return mode;
    }

    /** Why this engine cannot run here, or null when it can. Loads the engine once to find out. */
    synchronized String unavailableReason() {
        if (!checked) {
            unavailable = check();
            checked = true;
        }
        return unavailable;
    }

    private String check() {
        if (mode == OcrMode.OFF) {
            return "OCR is off (--ocr off)";
        }
        try {
            create();
            return null;
        } catch (RuntimeException | LinkageError e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    /** A new engine for one worker thread; throws when the engine cannot load. */
    OcrEngine create() {
        return switch (mode) {
            case PADDLE -> createPaddle();
            case TESSERACT -> new TesseractOcrEngine(tesseract(), timeoutSeconds);
            case OFF -> throw new IllegalStateException("OCR is off");
        };
    }

    private static OcrEngine createPaddle() {
        try {
            return new PaddleOcrEngine();
        } catch (LinkageError e) {
            throw new IllegalStateException("PaddleOCR's native library does not load on this machine ("
                    + e.getMessage() + "); use --ocr tesseract", e);
        } catch (RuntimeException | java.io.IOException e) {
            throw new IllegalStateException("PaddleOCR could not load its models (" + e.getMessage()
                    + "); use --ocr tesseract", e);
        }
    }

    private TesseractInstall tesseract() {
        if (tesseract == null) {
            try {
                tesseract = TesseractInstall.locate();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return tesseract;
    }
}

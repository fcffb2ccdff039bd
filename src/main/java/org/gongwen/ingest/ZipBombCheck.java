package org.gongwen.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses zip-based documents (docx, odt, ofd) that would expand to far more than any 公文 before a parser inflates
 * them into memory: a 4 MB "通知.docx" whose document.xml expands to 4 GB fails with "zip bomb: word/document.xml
 * expands to more than 100 times the file's size; not read". The entries are inflated once, as a stream, counting
 * bytes and stopping at the first limit, so the declared sizes (which a bomb can fake) are never trusted.
 */
final class ZipBombCheck {
    /** Expanded bytes allowed per byte of the file: Word files compress 5–20 times, a bomb 1,000 times. */
    static final int MAX_RATIO = 100;
    /** Below this many expanded bytes no file is a bomb, whatever its ratio (a tiny docx of repeated text). */
    static final long GRACE_BYTES = 16L << 20;
    /** No 公文 package expands beyond this, whatever its size. */
    static final long MAX_EXPANDED_BYTES = 1L << 30;

    private ZipBombCheck() {
    }

    /** Throws when the zip in {@code bytes} is a bomb; does nothing for a file that is not a zip. */
    static void check(byte[] bytes) throws IOException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return;
        }
        long limit = Math.min(MAX_EXPANDED_BYTES, Math.max(GRACE_BYTES, (long) MAX_RATIO * bytes.length));
        long expanded = 0;
        byte[] buffer = new byte[64 << 10];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > limit) {
                        throw new ZipBombException(limit == MAX_EXPANDED_BYTES
                                ? "zip bomb: the package expands to more than 1 GB; not read"
                                : String.format(Locale.ROOT, "zip bomb: %s expands to more than %d times the "
                                        + "file's size; not read", entry.getName(), MAX_RATIO));
                    }
                }
            }
        } catch (ZipBombException e) {
            throw e;
        } catch (IOException e) {
            // a damaged or truncated zip is the parser's to report, with what it can still read
        }
    }

    /** The zip expands beyond the limits. */
    static final class ZipBombException extends IOException {
        ZipBombException(String message) {
            super(message);
        }
    }
}

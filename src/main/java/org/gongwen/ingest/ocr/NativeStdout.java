package org.gongwen.ingest.ocr;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Platform;

/**
 * RapidOCR's native library prints its settings and every page's temporary file name ({@code numThread=1},
 * {@code imgDir=/tmp/, imgName=…}) with C's {@code printf}, which would corrupt the JSON that
 * {@code gongwen extract FILE} writes to standard output. Java cannot close a native library's stdio, so this points
 * the C library's {@code stdout} stream (the global {@code FILE *stdout} of glibc, not file descriptor 1, which Java's
 * {@code System.out} keeps using) at {@code /dev/null} before the library first runs.
 */
final class NativeStdout {
    private static boolean silenced;

    private NativeStdout() {
    }

    /**
     * Silences C stdio's stdout once per process; returns why it could not, or null. Not being able to only means the
     * engine's chatter stays on standard output, so callers go on either way.
     */
    static synchronized String silence() {
        if (silenced || !Platform.isLinux()) {
            return null;
        }
        try {
            NativeLibrary c = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
            Function fopen = c.getFunction("fopen");
            Pointer devNull = (Pointer) fopen.invoke(Pointer.class, new Object[] {"/dev/null", "w"});
            if (devNull == null) {
                return "cannot open /dev/null";
            }
            c.getGlobalVariableAddress("stdout").setPointer(0, devNull);
            silenced = true;
            return null;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }
}

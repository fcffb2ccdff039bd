package org.gongwen.pipeline;

import java.util.Locale;

/** File sizes in words for messages: "1.0 GB", "512 MB", "37 KB". */
final class Sizes {
    private Sizes() {
    }

    static String text(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        return value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f %s", value, units[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}

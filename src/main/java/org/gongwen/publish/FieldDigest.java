package org.gongwen.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of fields, each length-prefixed (null distinct from ""), so that two different field lists
 * never feed the same bytes: {@code add("ab").add("c")} differs from {@code add("a").add("bc")}. The keys of the
 * build's memos (site pages, register tasks) are made with it, where equal keys must mean equal inputs.
 *
 * <p>Strings go in as their UTF-16 code units, cheaper than encoding mostly Chinese text to UTF-8, through a chunk
 * buffer: one digest update per small field costs more than the hashing itself.
 */
public final class FieldDigest {
    private final MessageDigest digest;
    private final byte[] chunk = new byte[16384];
    private int n;

    /** A digest whose first field is {@code kind}, so keys of different kinds never meet. */
    public FieldDigest(String kind) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        add(kind);
    }

    public FieldDigest add(String field) {
        if (field == null) {
            return add(-1L);
        }
        add(field.length());
        for (int i = 0; i < field.length(); i++) {
            if (n + 2 > chunk.length) {
                flush();
            }
            char c = field.charAt(i);
            chunk[n++] = (byte) (c >>> 8);
            chunk[n++] = (byte) c;
        }
        return this;
    }

    public FieldDigest add(byte[] bytes) {
        add(bytes.length);
        flush();
        digest.update(bytes);
        return this;
    }

    public FieldDigest add(long value) {
        if (n + 8 > chunk.length) {
            flush();
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            chunk[n++] = (byte) (value >>> shift);
        }
        return this;
    }

    public FieldDigest add(boolean value) {
        return add(value ? 1L : 0L);
    }

    /** The digest as lower-case hex; nothing can be added afterwards. */
    public String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private void flush() {
        digest.update(chunk, 0, n);
        n = 0;
    }
}

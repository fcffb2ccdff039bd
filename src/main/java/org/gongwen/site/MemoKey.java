package org.gongwen.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of fields, each length-prefixed (null distinct from ""), so that two different field lists
 * never give the same byte stream: {@code add("ab").add("c")} differs from {@code add("a").add("bc")}. Used for the
 * keys of the site memo ({@link SiteMemo}), where equal keys must mean equal inputs.
 */
final class MemoKey {
    private final MessageDigest digest;

    MemoKey(String kind) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
        add(kind);
    }

    MemoKey add(String field) {
        if (field == null) {
            return add(-1L);
        }
        return add(field.getBytes(StandardCharsets.UTF_8));
    }

    MemoKey add(byte[] bytes) {
        add(bytes.length);
        digest.update(bytes);
        return this;
    }

    MemoKey add(long n) {
        digest.update(new byte[] {(byte) (n >>> 56), (byte) (n >>> 48), (byte) (n >>> 40), (byte) (n >>> 32),
            (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        return this;
    }

    MemoKey add(boolean b) {
        digest.update((byte) (b ? 1 : 0));
        return this;
    }

    /** The key as hex; the key cannot be extended afterwards. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A 64-bit FNV-1a hash of a lookup key, stored instead of the key to keep the memo small. A collision can only make
     * a document look affected by a change that did not touch it (it is then computed afresh), never the reverse.
     */
    static long lookupHash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

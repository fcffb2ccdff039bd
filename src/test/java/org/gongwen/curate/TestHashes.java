package org.gongwen.curate;

import java.security.MessageDigest;
import java.util.HexFormat;

final class TestHashes {
    private TestHashes() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

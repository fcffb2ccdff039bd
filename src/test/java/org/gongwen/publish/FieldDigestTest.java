package org.gongwen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Memo keys: fields are delimited, kinds kept apart, and the chunk buffer never changes a digest. */
class FieldDigestTest {
    @Test
    void fieldBoundariesCount() {
        assertThat(new FieldDigest("k").add("ab").add("c").hex())
                .isNotEqualTo(new FieldDigest("k").add("a").add("bc").hex());
        assertThat(new FieldDigest("k").add((String) null).hex()).isNotEqualTo(new FieldDigest("k").add("").hex());
        assertThat(new FieldDigest("k").add(new byte[] {1}).add(new byte[0]).hex())
                .isNotEqualTo(new FieldDigest("k").add(new byte[0]).add(new byte[] {1}).hex());
    }

    @Test
    void kindsAndTypesAreKeptApart() {
        assertThat(new FieldDigest("a").add("x").hex()).isNotEqualTo(new FieldDigest("b").add("x").hex());
        assertThat(new FieldDigest("k").add(true).hex()).isEqualTo(new FieldDigest("k").add(1L).hex());
        assertThat(new FieldDigest("k").add(false).hex()).isNotEqualTo(new FieldDigest("k").add(true).hex());
    }

    @Test
    void aDigestIsTheSha256OfItsLengthPrefixedFields() {
        // kind "k" = length 1 as 8 bytes, then 'k' as UTF-16; then 2 as 8 bytes and the bytes 0x41 0x42
        byte[] expected = {0, 0, 0, 0, 0, 0, 0, 1, 0, 'k', 0, 0, 0, 0, 0, 0, 0, 2, 'A', 'B'};
        assertThat(new FieldDigest("k").add("AB".getBytes(StandardCharsets.US_ASCII)).hex())
                .isEqualTo(org.gongwen.ingest.Hashes.sha256(expected));
    }

    @Test
    void aFieldLongerThanTheChunkHashesAsItsCodeUnits() {
        String text = "云".repeat(20_000);   // 40 000 bytes, more than two chunks of the buffer
        java.nio.ByteBuffer expected = java.nio.ByteBuffer.allocate(8 + 2 + 8 + 40_000);
        expected.putLong(1).putChar('k').putLong(20_000).put(text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(new FieldDigest("k").add(text).hex()).isEqualTo(org.gongwen.ingest.Hashes.sha256(expected.array()));
    }
}

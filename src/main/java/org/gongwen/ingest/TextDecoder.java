package org.gongwen.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text 公文: UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, and
 * GB18030 (which covers GBK and GB2312, still common in files from government systems). Without a BOM, strict UTF-8
 * wins when the bytes are valid UTF-8; otherwise the candidate whose characters look most like Chinese text
 * (Han, CJK punctuation, ASCII) wins. Line ends (CRLF, CR) become LF.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the charset that was used. */
    record Decoded(String text, Charset charset, boolean lossy) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        Decoded decoded = decodeRaw(bytes);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        return new Decoded(text, decoded.charset(), decoded.lossy());
    }

    /** The text without a leading U+FEFF (a BOM decoded as a character). */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Decoded decodeRaw(byte[] bytes) {
        if (has(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (has(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (has(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null && utf8.indexOf('\0') < 0) {
            return new Decoded(utf8, StandardCharsets.UTF_8, false);
        }
        return bestGuess(bytes);
    }

    private static Decoded bestGuess(byte[] bytes) {
        Charset[] candidates = {GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        Decoded best = null;
        double bestScore = -1;
        for (Charset charset : candidates) {
            if (charset != GB18030 && bytes.length % 2 != 0) {
                continue;
            }
            String text = strict(bytes, charset);
            double score = text == null ? -1 : plausibility(text);
            if (score > bestScore) {
                bestScore = score;
                best = new Decoded(text, charset, false);
            }
        }
        return best != null ? best : lenient(bytes, 0, GB18030);
    }

    /** Share of characters usual in Chinese documents: Han, ASCII text, CJK and full-width punctuation. */
    static double plausibility(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int usual = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ascii = c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t';
            boolean han = c >= 0x4E00 && c <= 0x9FFF;
            boolean punctuation = c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                    || c >= 0x2000 && c <= 0x206F;
            if (ascii || han || punctuation) {
                usual++;
            }
        }
        return (double) usual / text.length();
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
        String strict = strict(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), charset);
        if (strict != null) {
            return new Decoded(strict, charset, false);
        }
        return new Decoded(new String(bytes, offset, bytes.length - offset, charset), charset, true);
    }

    private static boolean has(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

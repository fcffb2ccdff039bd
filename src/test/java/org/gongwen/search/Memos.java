package org.gongwen.search;

import java.util.function.Function;

/** The word memo without a caller's header, and looked up by text, as the tests use it. */
final class Memos {
    private Memos() {
    }

    static DocumentPostings postings(WordMemo memo, String text, Function<String, DocumentPostings> compute) {
        return memo.postings(WordMemo.sha256(text), text, compute);
    }

    static byte[] bytes(WordMemo memo) {
        return memo.bytes(new byte[0]);
    }

    static WordMemo read(byte[] blob) {
        return WordMemo.read(blob, 0);
    }
}

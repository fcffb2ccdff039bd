package org.gongwen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.gongwen.json.RecordJson;
import org.junit.jupiter.api.Test;

/** Memo keys: fields are delimited, and a string field hashes as its UTF-8 bytes do. */
class MemoKeyTest {
    @Test
    void fieldBoundariesCount() {
        assertThat(new MemoKey("k").add("ab").add("c").hex()).isNotEqualTo(new MemoKey("k").add("a").add("bc").hex());
        assertThat(new MemoKey("k").add((String) null).hex()).isNotEqualTo(new MemoKey("k").add("").hex());
    }

    @Test
    void aRecordsJsonBytesHashLikeItsJsonString() {
        // the record hash is taken of the bytes written to records/; it is the hash of the serialised string
        String json = RecordJson.write(DocumentPageTest.citing());
        assertThat(new MemoKey("record json").add(json.getBytes(StandardCharsets.UTF_8)).hex())
                .isEqualTo(new MemoKey("record json").add(json).hex());
    }
}

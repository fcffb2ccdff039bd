package org.gongwen.site;

import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdsTest {
    private static DocumentRecord record(String docNumber, String sha) {
        return DocumentRecord.builder("x", new SourceInfo("f.txt", sha, "txt", 1, 1, List.of())).docNumber(docNumber)
                .build();
    }

    @Test
    void idsComeFromTheDocNumberOrTheHashAndAreUnique() {
        List<String> ids = DocumentIds.assign(List.of(record("云产改办〔2022〕16号", "0123456789abcdef"),
                record(null, "FEDCBA9876543210"), record("云产改办[2022]16号", "aaaaaaaaaaaaaaaa"),
                record("../../etc/passwd 号", "bbbbbbbbbbbbbbbb")));
        assertThat(ids).containsExactly("云产改办-2022-16号", "h-fedcba987654", "云产改办-2022-16号-aaaaaaaaaaaa",
                "etc-passwd-号");
    }
}

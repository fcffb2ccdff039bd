package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.curate.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRunTest {
    @TempDir
    Path corpus;
    @TempDir
    Path out;

    private static List<Finding> only(CheckRun.Result r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void listsDuplicatesStaleAndInvalidCorrectionsAndUnreadableFiles() throws Exception {
        Fixtures.copy("yinfa-2015-40.txt", corpus, "a.txt");
        Fixtures.copy("yinfa-2015-40.txt", corpus.resolve("sub"), "copy.txt");
        Fixtures.copy("yunnan-2022-16.txt", corpus, "b.txt");
        Files.writeString(corpus.resolve("c.xyz"), "?");
        Files.writeString(corpus.resolve("b.txt.fix.yaml"), "source: b.txt\nset:\n  title:\n    value: 正确标题\n"
                + "    was: 提取时的旧标题\n");
        Files.writeString(corpus.resolve("a.txt.fix.yaml"), "source: a.txt\nset:\n  date: 2015-13-01\n");
        CheckRun.Result result = new CheckRun(out).run(corpus);
        assertThat(result.sources()).isEqualTo(4);
        assertThat(result.documents()).isEqualTo(2);
        assertThat(only(result, "duplicate")).containsExactly(new Finding("a.txt", "duplicate",
                "identical files: sub/copy.txt; this file's text is shown"));
        assertThat(only(result, "unreadable")).containsExactly(new Finding("c.xyz", "unreadable",
                "no reader for .xyz files"));
        assertThat(only(result, "stale-correction")).extracting(Finding::file, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.txt", "invalid correction of fix-file: a.txt.fix.yaml: date: "
                        + "\"2015-13-01\" is not a date (use YYYY-MM-DD, e.g. 2014-06-03); none of its corrections "
                        + "were applied"),
                org.assertj.core.groups.Tuple.tuple("b.txt", "stale correction of title: extraction gave \"提取时的旧标题\" "
                        + "when the fix was written and gives " + quoted(new SourceRecords()
                        .extract(corpus.resolve("b.txt")).record().title()) + " now; the correction \"正确标题\" is "
                        + "still applied: check it"));
    }

    private static String quoted(String v) {
        return v == null ? "nothing" : "\"" + v + "\"";
    }
}

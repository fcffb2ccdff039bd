package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.curate.Fix;
import org.gongwen.curate.FixException;
import org.gongwen.curate.FixFile;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixRunTest {
    @TempDir
    Path corpus;

    private static FixRun.Request sets(String... sets) {
        return new FixRun.Request(List.of(sets), List.of(), List.of(), List.of());
    }

    @Test
    void writesTheSidecarWithWhatExtractionGaveAndShowsTheCorrections() throws Exception {
        Path source = Fixtures.copy("yinfa-2015-40.txt", corpus, "a.txt");
        DocumentRecord extracted = new SourceRecords().extract(source).record();
        FixRun.Result result = new FixRun().run(source, sets("docNumber=银发[2015]41号", "date=2015年2月10日"));
        assertThat(result.sidecar()).isEqualTo(corpus.resolve("a.txt.fix.yaml"));
        assertThat(result.written()).isTrue();
        Fix fix = FixFile.parse(Files.readString(result.sidecar()), "x");
        assertThat(fix.sha256()).isEqualTo(extracted.source().sha256());
        assertThat(fix.fields()).containsExactly(
                new Fix.FieldFix("docNumber", List.of("银发〔2015〕41号"), nullToEmpty(extracted.docNumber())),
                new Fix.FieldFix("date", List.of("2015-02-10"), nullToEmpty(extracted.date())));
        assertThat(result.corrections()).extracting(Correction::field, Correction::corrected, Correction::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("docNumber", "银发〔2015〕41号", "applied"),
                        org.assertj.core.groups.Tuple.tuple("date", "2015-02-10", "applied"));
    }

    @Test
    void updatesAndRemovesCorrections() throws Exception {
        Path source = Fixtures.copy("yinfa-2015-40.txt", corpus, "a.txt");
        new FixRun().run(source, sets("title=错误标题", "date=2015-02-10"));
        FixRun.Result updated = new FixRun().run(source, new FixRun.Request(List.of("date=2015-02-11"),
                List.of("title"), List.of(), List.of()));
        assertThat(updated.corrections()).extracting(Correction::field, Correction::corrected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "2015-02-11"));
        new FixRun().run(source, new FixRun.Request(List.of(), List.of("date"), List.of(), List.of()));
        assertThat(corpus.resolve("a.txt.fix.yaml")).doesNotExist();
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws IOException {
        Path source = Fixtures.copy("yinfa-2015-40.txt", corpus, "a.txt");
        assertThatThrownBy(() -> new FixRun().run(source, sets("date=2015-02-30"))).isInstanceOf(FixException.class)
                .hasMessage("date: \"2015-02-30\" is not a date (use YYYY-MM-DD, e.g. 2014-06-03)");
        assertThatThrownBy(() -> new FixRun().run(corpus.resolve("b.txt"), sets("date=2015-02-10")))
                .hasMessage(corpus.resolve("b.txt") + ": no such file");
        assertThat(corpus.resolve("a.txt.fix.yaml")).doesNotExist();
    }

    private static List<String> nullToEmpty(String value) {
        return value == null ? List.of() : List.of(value);
    }
}

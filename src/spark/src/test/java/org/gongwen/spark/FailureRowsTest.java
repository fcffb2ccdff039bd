package org.gongwen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureRowsTest {
    private static final List<Failure> ROWS = List.of(
            new Failure("通知.pdf", "hdfs://nn/c/通知.pdf", "ingest", "unreadable", "Header doesn't contain versioninfo"),
            new Failure("a,b.doc", "file:/c/a,b.doc", "pipeline", "crash", "java.lang.IllegalStateException: \"x\"\nat y"));

    @Test
    void jsonLinesHaveOneObjectPerRowInComponentOrder() {
        assertThat(FailureRows.jsonLines(ROWS)).isEqualTo(
                "{\"file\":\"通知.pdf\",\"path\":\"hdfs://nn/c/通知.pdf\",\"stage\":\"ingest\",\"code\":\"unreadable\","
                        + "\"reason\":\"Header doesn't contain versioninfo\"}\n"
                        + "{\"file\":\"a,b.doc\",\"path\":\"file:/c/a,b.doc\",\"stage\":\"pipeline\",\"code\":\"crash\","
                        + "\"reason\":\"java.lang.IllegalStateException: \\\"x\\\"\\nat y\"}\n");
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(FailureRows.csv(ROWS)).isEqualTo("\uFEFFfile,path,stage,code,reason\r\n"
                + "通知.pdf,hdfs://nn/c/通知.pdf,ingest,unreadable,Header doesn't contain versioninfo\r\n"
                + "\"a,b.doc\",\"file:/c/a,b.doc\",pipeline,crash,\"java.lang.IllegalStateException: \"\"x\"\"\nat y\"\r\n");
    }

    @Test
    void noFailuresGiveAnEmptyJsonLinesFileAndAHeaderOnlyCsv() {
        assertThat(FailureRows.jsonLines(List.of())).isEmpty();
        assertThat(FailureRows.csv(List.of())).isEqualTo("\uFEFFfile,path,stage,code,reason\r\n");
    }

    @Test
    void rowsSortByFileThenPath() {
        Failure b = new Failure("b.pdf", "file:/a/b.pdf", "read", "too-large", "");
        Failure a2 = new Failure("a.pdf", "file:/z/a.pdf", "read", "too-large", "");
        Failure a1 = new Failure("a.pdf", "file:/y/a.pdf", "read", "too-large", "");
        assertThat(List.of(b, a2, a1).stream().sorted(Failure.ORDER).toList()).containsExactly(a1, a2, b);
    }
}

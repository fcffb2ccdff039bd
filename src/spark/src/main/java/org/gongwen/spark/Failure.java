package org.gongwen.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * Why one document has no record: a failure row in {@code failures.jsonl} and {@code failures.csv}.
 *
 * <p>Example: {@code 关于印发2024年工作要点的通知.pdf, ingest, unreadable, "Header doesn't contain versioninfo"}.
 *
 * @param file   the file name, as the record file would be named ({@code <file>.json})
 * @param path   where it was read from (a Hadoop URI such as {@code hdfs://nn/corpus/2024/a.pdf})
 * @param stage  the stage that gave up ({@code ingest}, {@code read}, {@code pipeline}, {@code spark})
 * @param code   a stable machine-readable code ({@code unreadable}, {@code too-large}, {@code stack-overflow} …)
 * @param reason the explanation in plain words
 */
record Failure(String file, String path, String stage, String code, String reason) implements Serializable {
    /** Failure rows are written sorted, so two runs over one corpus give the same files. */
    static final Comparator<Failure> ORDER = Comparator.comparing(Failure::file).thenComparing(Failure::path)
            .thenComparing(Failure::stage).thenComparing(Failure::code).thenComparing(Failure::reason);

    Failure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        reason = reason == null ? "" : reason;
    }
}

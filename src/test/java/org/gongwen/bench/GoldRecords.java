package org.gongwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.json.RecordJson;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;
import org.gongwen.register.CommitmentExtractor;
import org.gongwen.tag.Tagging;

/**
 * Writes one record per fixture (text → tag → commitments, with the reference date of {@code gold/dates.tsv}) so that
 * {@code score.py} can compare them with the gold; used by {@code scripts/score-tagger} until the structure parser
 * gives records their own dates.
 *
 * <p>Arguments: fixture folder, dates.tsv, output folder.
 */
public final class GoldRecords {
    private GoldRecords() {
    }

    public static void main(String[] args) throws IOException {
        Path fixtures = Path.of(args[0]);
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        Path out = Files.createDirectories(Path.of(args[2]));
        Tagging tagging = new Tagging();
        CommitmentExtractor commitments = new CommitmentExtractor();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            String text = Files.readString(fixtures.resolve(cells[0]));
            DocumentRecord record = DocumentRecord.builder(text,
                    new SourceInfo(cells[0], "0", "txt", text.length(), 1, List.of())).date(cells[1]).build();
            record = commitments.extract(tagging.tag(record));
            Files.writeString(out.resolve(cells[0] + ".json"), RecordJson.write(record));
        }
    }
}

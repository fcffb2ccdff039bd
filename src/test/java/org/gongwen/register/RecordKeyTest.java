package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.junit.jupiter.api.Test;

/** The key changes with anything the rules read, and only with that. */
class RecordKeyTest {
    private static final String TEXT = "到2025年，全省技能人才总量达到500万人以上。人社厅要加强技能人才培养。";

    @Test
    void equalRecordsHaveEqualKeys() {
        assertThat(RecordKey.of(Records.tagged("a.txt", TEXT, "2022-11-21")))
                .isEqualTo(RecordKey.of(Records.tagged("b.txt", TEXT, "2022-11-21")))
                .hasSize(64);
    }

    @Test
    void textDateAndEntitiesEachChangeTheKey() {
        DocumentRecord record = Records.tagged("a.txt", TEXT, "2022-11-21");
        List<Entity> fewer = new ArrayList<>(record.entities());
        fewer.remove(0);
        Entity first = record.entities().get(0);
        List<Entity> moved = new ArrayList<>(record.entities());
        moved.set(0, new Entity(first.type(), first.text(), first.start(), first.end() + 1, first.value(),
                first.valueMax(), first.unit(), first.comparator(), first.flags(), first.recurrence()));
        String key = RecordKey.of(record);
        assertThat(List.of(RecordKey.of(Records.tagged("a.txt", TEXT + " ", "2022-11-21")),
                RecordKey.of(Records.tagged("a.txt", TEXT, "2023-11-21")),
                RecordKey.of(record.toBuilder().entities(fewer).build()),
                RecordKey.of(record.toBuilder().entities(moved).build()))).doesNotContain(key).doesNotHaveDuplicates();
    }
}

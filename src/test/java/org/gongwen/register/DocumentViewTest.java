package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.junit.jupiter.api.Test;

/** {@link DocumentView#within} gives what a scan of the entity list gives, in list order, sorted or not. */
class DocumentViewTest {
    @Test
    void withinEqualsAScanOfTheList() throws Exception {
        DocumentRecord tagged = Records.tagged("sample.txt", Records.fixture("000_094778415718fb40.txt"), "2022-11-21");
        List<Entity> shuffled = new ArrayList<>(tagged.entities());
        Collections.shuffle(shuffled, new Random(7));
        for (List<Entity> entities : List.of(tagged.entities(), shuffled)) {
            DocumentView view = new DocumentView(tagged.toBuilder().entities(entities).build());
            for (String type : List.of("figure", "deadline", "org", "date", "none")) {
                for (int start = 0; start < tagged.text().length(); start += 97) {
                    int s = start;
                    int end = start + 150;
                    assertThat(view.within(type, s, end)).isEqualTo(entities.stream()
                            .filter(e -> e.type().equals(type) && e.start() >= s && e.start() < end).toList());
                }
            }
        }
        assertThat(tagged.entities()).extracting(Entity::type).contains("figure", "deadline", "org");
    }
}

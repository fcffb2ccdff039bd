package org.gongwen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.gongwen.fuzz.GovernmentText;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;
import org.gongwen.model.SourceInfo;

/** Fuzz: the normaliser never throws on mutated 公文 text and every offset it maps to lies inside the input. */
class NormalizerFuzzTest {
    private final Normalizer normalizer = new Normalizer();

    @Provide
    Arbitrary<String> text() {
        return GovernmentText.any();
    }

    @Property(tries = 1000)
    void neverThrowsAndMapsEveryCharIntoTheInput(@ForAll @Size(min = 1, max = 3) List<@From("text") String> pages) {
        Extraction extraction = extraction(pages);
        int inputLength = extraction.joinedText().length();

        NormalizedText result = normalizer.normalize(extraction);

        assertThat(result.text().length()).isEqualTo(result.origin().length());
        for (int i = 0; i < result.text().length(); i++) {
            int origin = result.origin().sourceOffset(i);
            if (origin < 0 || origin >= inputLength) { // checked by hand first: assertj per char is slow
                assertThat(origin).as("origin of char %d of %s", i, result.text()).isBetween(0, inputLength - 1);
            }
        }
        assertThat(result.origin().sourceOffset(result.text().length())).isBetween(0, inputLength);
    }

    private static Extraction extraction(List<String> pages) {
        List<ExtractedPage> extracted = new java.util.ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            extracted.add(ExtractedPage.text(i + 1, pages.get(i), "text"));
        }
        SourceInfo source = new SourceInfo("fuzz.txt", "0".repeat(64), "txt", 0, pages.size(), List.of());
        return new Extraction(source, extracted, Map.of(), List.of());
    }
}

package org.gongwen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSlotsTest {
    @TempDir
    Path out;

    private static void fill(Path slot, String version) throws IOException {
        Files.createDirectories(slot.resolve("docs"));
        Files.writeString(slot.resolve("index.html"), version);
        Files.writeString(slot.resolve("docs/a.html"), version);
    }

    private String liveIndex() throws IOException {
        return Files.readString(out.resolve("site/index.html"));
    }

    private String[] names() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void publishesByFlippingALinkAndKeepsOnlyThePreviousSlot() throws IOException {
        SiteSlots slots = new SiteSlots(out.resolve("site"));
        for (int i = 1; i <= 3; i++) {
            Path slot = slots.prepare();
            assertThat(slot.getFileName().toString()).isEqualTo("site-" + i);
            fill(slot, "v" + i);
            slots.publish(slot);
            assertThat(liveIndex()).isEqualTo("v" + i);
            assertThat(Files.isSymbolicLink(out.resolve("site"))).isTrue();
        }
        assertThat(names()).containsExactly(".site-2.complete", ".site-3.complete", "site", "site-2", "site-3");
        assertThat(Files.list(out.resolve("site-3"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("index.html", "docs");
        assertThat(Files.readSymbolicLink(out.resolve("site"))).isEqualTo(Path.of("site-3"));
    }

    @Test
    void unfinishedSlotOfACrashedBuildIsRemovedAndTheLiveSiteKept() throws IOException {
        SiteSlots slots = new SiteSlots(out.resolve("site"));
        Path first = slots.prepare();
        fill(first, "v1");
        slots.publish(first);
        fill(slots.prepare(), "half");      // the build dies before publishing
        Files.createSymbolicLink(out.resolve(".site.link-9"), Path.of("site-2"));  // and a link it did not rename
        assertThat(liveIndex()).isEqualTo("v1");
        Path next = new SiteSlots(out.resolve("site")).prepare();
        assertThat(next.getFileName().toString()).isEqualTo("site-2");
        assertThat(Files.list(next).count()).isZero();
        assertThat(names()).containsExactly(".site-1.complete", "site", "site-1", "site-2");
        assertThat(liveIndex()).isEqualTo("v1");
    }

    @Test
    void movesAnOldStyleSiteFolderIntoASlot() throws IOException {
        fill(out.resolve("site"), "old");
        SiteSlots slots = new SiteSlots(out.resolve("site"));
        Path slot = slots.prepare();
        assertThat(Files.isSymbolicLink(out.resolve("site"))).isTrue();
        assertThat(liveIndex()).isEqualTo("old");
        fill(slot, "new");
        slots.publish(slot);
        assertThat(liveIndex()).isEqualTo("new");
        assertThat(names()).containsExactly(".site-1.complete", ".site-2.complete", "site", "site-1", "site-2");
    }

    @Test
    void relinksTheNewestCompleteSlotWhenTheLinkIsGone() throws IOException {
        SiteSlots slots = new SiteSlots(out.resolve("site"));
        Path first = slots.prepare();
        fill(first, "v1");
        slots.publish(first);
        Files.delete(out.resolve("site"));
        new SiteSlots(out.resolve("site")).prepare();
        assertThat(liveIndex()).isEqualTo("v1");
    }

    @Test
    void repairsACrashBetweenTheTwoRenamesOfAFolderSwap() throws IOException {
        fill(out.resolve("site.previous"), "old");     // moved aside, the new one not yet moved in
        Path slot = new SiteSlots(out.resolve("site")).prepare();
        assertThat(liveIndex()).isEqualTo("old");
        assertThat(slot.getFileName().toString()).isEqualTo("site-2");
    }
}

package org.gongwen.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteWriterTest {
    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unchangedFilesKeepTheirInodeAndChangedOnesAreReplaced() throws IOException {
        Path live = tmp.resolve("site");
        SiteWriter first = new SiteWriter(live);
        first.write("a.html", b("A"));
        first.write("docs/b.html", b("B"));
        first.commit();
        Object inodeA = Files.readAttributes(live.resolve("a.html"), "unix:ino").get("ino");
        SiteWriter second = new SiteWriter(live);
        second.write("a.html", b("A"));
        second.write("docs/b.html", b("B2"));
        assertThat(Files.readString(live.resolve("docs/b.html"))).as("live site untouched before commit").isEqualTo("B");
        second.commit();
        assertThat(Files.readAttributes(live.resolve("a.html"), "unix:ino").get("ino")).isEqualTo(inodeA);
        assertThat(Files.readString(live.resolve("docs/b.html"))).isEqualTo("B2");
        assertThat(second.changedCount()).isEqualTo(1);
        assertThat(second.unchangedCount()).isEqualTo(1);
    }

    @Test
    void filesNotWrittenAgainDisappear() throws IOException {
        Path live = tmp.resolve("site");
        SiteWriter first = new SiteWriter(live);
        first.write("old.html", b("x"));
        first.commit();
        SiteWriter second = new SiteWriter(live);
        second.write("new.html", b("y"));
        second.commit();
        assertThat(live.resolve("old.html")).doesNotExist();
        assertThat(live.resolve("new.html")).hasContent("y");
    }

    @Test
    void aCrashBetweenTheRenamesIsRepaired() throws IOException {
        Path live = tmp.resolve("site");
        SiteWriter first = new SiteWriter(live);
        first.write("index.html", b("old"));
        first.commit();
        Files.move(live, tmp.resolve("site.previous"));
        new SiteWriter(live);
        assertThat(live.resolve("index.html")).hasContent("old");
    }

    @Test
    void pathsCannotEscapeTheSite() {
        SiteWriter writer = new SiteWriter(tmp.resolve("site"));
        assertThatThrownBy(() -> writer.write("../evil.html", b("x"))).isInstanceOf(IllegalArgumentException.class);
        writer.write("a.html", b("x"));
        assertThatThrownBy(() -> writer.write("a.html", b("y"))).isInstanceOf(IllegalArgumentException.class);
    }
}

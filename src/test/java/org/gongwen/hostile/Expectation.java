package org.gongwen.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What must happen to one file of the hostile corpus: published (and its text must contain a phrase, which proves
 * it was decoded correctly), failed (with a reason containing a phrase, compared case-insensitively), or either
 * (a damaged file that a lenient reader may partly recover) but never a crash or a hang.
 *
 * @param path    the path relative to the corpus folder, with '/' separators
 * @param outcome published, failed or either
 * @param phrase  for published: a phrase of the text; for failed: part of the reason ("" when any reason will do)
 */
public record Expectation(String path, String outcome, String phrase) {
    public static final String PUBLISHED = "published";
    public static final String FAILED = "failed";
    public static final String EITHER = "either";

    static Expectation published(String phrase) {
        return new Expectation("", PUBLISHED, phrase);
    }

    static Expectation failed(String reason) {
        return new Expectation("", FAILED, reason);
    }

    static Expectation either() {
        return new Expectation("", EITHER, "");
    }

    Expectation at(String relative) {
        return new Expectation(relative, outcome, phrase);
    }

    /** The manifest: one tab-separated line per file; names with a tab or newline are written with \t and \n. */
    static void writeManifest(Path file, List<Expectation> expectations) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("path\toutcome\tphrase");
        for (Expectation e : expectations) {
            lines.add(escape(e.path()) + "\t" + e.outcome() + "\t" + e.phrase());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Reads a manifest written by {@link #writeManifest}. */
    public static List<Expectation> readManifest(Path file) throws IOException {
        List<Expectation> expectations = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            expectations.add(new Expectation(unescape(fields[0]), fields[1], fields[2]));
        }
        return expectations;
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                char next = path.charAt(++i);
                sb.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

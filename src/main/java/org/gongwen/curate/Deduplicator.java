package org.gongwen.curate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;

/**
 * Finds the sources that hold the same document, as a pure function over (corrected) records.
 * <ul>
 *   <li>Identical bytes (same SHA-256) under two names are one document.</li>
 *   <li>The same document in another form (a PDF and its scan, a web page) is recognised by the same canonical
 *       发文字号 or the same title (so an OCR misreading of the number does not hide a scan) and near-identical text: 3-shingle Jaccard at
 *       least {@link #SAME_DOCUMENT}, or one text holding most of the other (containment at least
 *       {@link #PARTIAL_COPY}: a scan of some pages). The best text wins ({@link TextQuality}); the others become
 *       {@code otherSources} of the kept record.</li>
 *   <li>Documents that share a 发文字号 but whose texts differ are flagged as a {@link DedupResult.Conflict}, never
 *       merged: a misnumbered circular must not hide another.</li>
 * </ul>
 * Example: 银发〔2014〕168号.pdf (born-digital) and 银发〔2014〕168号-scan.pdf (OCR, Jaccard 0.78) give one document
 * showing the PDF's text with the scan in {@code otherSources}.
 */
public final class Deduplicator {
    /**
     * Minimum 3-shingle Jaccard of two texts of one document. Measured on 银发〔2015〕40号 against simulated OCR: 2%
     * character errors score 0.89, 5% 0.74, 10% 0.58, 15% 0.43; 19,900 pairs of different documents of the People's
     * Bank of China score 0.11 at the 99th percentile and 0.34 at the 99.9th (a few amended versions score higher,
     * which is why a shared 发文字号 or title is required as well). See DeduplicatorTest.
     */
    public static final double SAME_DOCUMENT = 0.5;
    /**
     * Minimum containment (|A ∩ B| / min(|A|, |B|)) by which a partial copy (a scan of the first pages, a web page
     * without its attachment) joins a document of the same 发文字号 or title even when the Jaccard is low. Among the
     * 143,380 pairs of different documents of the People's Bank of China, containment is 0.35 at the 99th percentile
     * and 0.53 at the 99.9th; OCR at 5% character errors keeps about 0.86 of the shingles.
     */
    public static final double PARTIAL_COPY = 0.75;
    /** Titles shorter than this are too generic (通知, 公告) to group documents without a 发文字号. */
    static final int MIN_TITLE_KEY = 8;

    /** Groups the records; the result lists documents in the order of their first source in {@code records}. */
    public DedupResult deduplicate(List<DocumentRecord> records) {
        Map<String, List<DocumentRecord>> byHash = new LinkedHashMap<>();
        for (DocumentRecord r : records) {
            byHash.computeIfAbsent(r.source().sha256(), k -> new ArrayList<>()).add(r);
        }
        List<Group> groups = new ArrayList<>();
        for (List<DocumentRecord> same : byHash.values()) {
            groups.add(new Group(same));
        }
        List<DedupResult.Conflict> conflicts = mergeSameDocuments(groups);
        return assemble(records, groups, conflicts);
    }

    private static List<DedupResult.Conflict> mergeSameDocuments(List<Group> groups) {
        // candidates share a 发文字号 or a title: a scan whose number OCR misread (16号 → 116号) still meets its
        // original under the title
        Map<String, List<Group>> byKey = new LinkedHashMap<>();
        for (Group g : groups) {
            for (String key : keys(g.best())) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
        }
        List<DedupResult.Conflict> conflicts = new ArrayList<>();
        Map<Group, Shingles> shingles = new HashMap<>();
        for (Map.Entry<String, List<Group>> bucket : byKey.entrySet()) {
            List<Group> members = bucket.getValue().stream().map(Group::root).distinct().toList();
            double highestApart = mergeBucket(members, shingles);
            List<Group> distinct = members.stream().map(Group::root).distinct().toList();
            if (distinct.size() > 1 && bucket.getKey().startsWith("no:")) {
                conflicts.add(new DedupResult.Conflict(bucket.getKey().substring(3),
                        distinct.stream().map(g -> g.best().source().fileName()).sorted().toList(), highestApart));
            }
        }
        groups.removeIf(g -> g.into != null);
        return conflicts;
    }

    /** Merges near-identical members; returns the highest similarity left between different documents. */
    private static double mergeBucket(List<Group> members, Map<Group, Shingles> shingles) {
        double highestApart = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Group a = members.get(i).root();
                Group b = members.get(j).root();
                if (a == b || !numbersCompatible(a.best(), b.best())) {
                    continue;
                }
                Shingles sa = shingles.computeIfAbsent(members.get(i), g -> Shingles.of(g.best().text()));
                Shingles sb = shingles.computeIfAbsent(members.get(j), g -> Shingles.of(g.best().text()));
                double sim = sa.jaccard(sb);
                double contained = sa.containment(sb);
                if (sim >= SAME_DOCUMENT || contained >= PARTIAL_COPY) {
                    a.absorb(b, Math.max(sim, contained));
                } else {
                    highestApart = Math.max(highestApart, sim);
                }
            }
        }
        return highestApart;
    }

    /**
     * Two records may be one document unless both carry a 发文字号 and they differ, which happens for one document only
     * when OCR misread a digit or two (云产改办〔2022〕16号 read as 116号). Born-digital texts with different numbers under
     * one title are different documents, typically an amended 办法 and its earlier version (令〔2017〕第3号 and
     * 令〔2019〕第4号), however alike their texts.
     */
    static boolean numbersCompatible(DocumentRecord a, DocumentRecord b) {
        String x = DocNumbers.canonical(a.docNumber());
        String y = DocNumbers.canonical(b.docNumber());
        if (x == null || y == null || x.equals(y)) {
            return true;
        }
        boolean ocr = TextQuality.tier(a.source()) > 0 || TextQuality.tier(b.source()) > 0;
        return ocr && editDistance(x, y) <= 2;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> keys(DocumentRecord r) {
        List<String> keys = new ArrayList<>(2);
        String number = DocNumbers.canonical(r.docNumber());
        if (number != null) {
            keys.add("no:" + number);
        }
        String title = r.title() == null ? "" : r.title().replaceAll("[\\s\\u3000]+", "");
        if (title.length() >= MIN_TITLE_KEY) {
            keys.add("title:" + title);
        }
        return keys;
    }

    private static DedupResult assemble(List<DocumentRecord> records, List<Group> groups,
                                        List<DedupResult.Conflict> conflicts) {
        Map<DocumentRecord, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            order.put(records.get(i), i);
        }
        groups.sort(Comparator.comparingInt(g -> g.members.stream().mapToInt(order::get).min().orElse(0)));
        List<DocumentRecord> documents = new ArrayList<>();
        List<DedupResult.Duplicate> duplicates = new ArrayList<>();
        for (Group g : groups) {
            documents.add(g.document());
            if (g.members.size() > 1) {
                duplicates.add(new DedupResult.Duplicate(g.best().source().fileName(),
                        g.others().stream().map(SourceInfo::fileName).toList(),
                        g.sameDocument ? "same-document" : "same-bytes", g.lowestSimilarity));
            }
        }
        return new DedupResult(documents, duplicates, conflicts);
    }

    /** Sources found to hold one document. */
    private static final class Group {
        final List<DocumentRecord> members = new ArrayList<>();
        double lowestSimilarity = 1;
        Group into;
        boolean sameDocument;

        Group(List<DocumentRecord> sameBytes) {
            members.addAll(sameBytes);
            members.sort(TextQuality.BEST_FIRST);
        }

        /** The group this one was merged into, transitively (itself when not merged). */
        Group root() {
            Group g = this;
            while (g.into != null) {
                g = g.into;
            }
            return g;
        }

        DocumentRecord best() {
            return members.get(0);
        }

        void absorb(Group other, double similarity) {
            members.addAll(other.members);
            members.sort(TextQuality.BEST_FIRST);
            lowestSimilarity = Math.min(lowestSimilarity, Math.min(similarity, other.lowestSimilarity));
            other.into = this;
            sameDocument = true;
        }

        List<SourceInfo> others() {
            return members.subList(1, members.size()).stream().map(DocumentRecord::source)
                    .sorted(Comparator.comparing(SourceInfo::fileName)).toList();
        }

        DocumentRecord document() {
            return members.size() == 1 ? best() : best().toBuilder().otherSources(others()).build();
        }
    }
}

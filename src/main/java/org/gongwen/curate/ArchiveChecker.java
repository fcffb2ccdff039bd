package org.gongwen.curate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceInfo;

/**
 * The archive's health report behind {@code gongwen check}: documents with a missing 发文字号, title or date, weak
 * OCR, a 发文字号 not in canonical form, suspected duplicates and 发文字号 conflicts, citations of documents the archive
 * lacks, and corrections that no longer match the extraction. A pure function over deduplicated, corrected records.
 */
public final class ArchiveChecker {
    /** Pages OCRed with less confidence than this are listed. */
    public static final double LOW_OCR_CONFIDENCE = 0.80;
    /** A 《…》 citation names a 公文 (rather than a law or a book) when it reads 关于…的 + 文种. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(".*关于.+的(" + String.join("|", FieldKind.DOC_TYPES)
            + ")$");

    /** Every finding, in document order, then by code. */
    public List<Finding> check(DedupResult archive) {
        List<Finding> findings = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (DocumentRecord r : archive.documents()) {
            if (DocNumbers.canonical(r.docNumber()) != null) {
                numbers.add(DocNumbers.canonical(r.docNumber()));
            }
            if (r.title() != null) {
                titles.add(titleKey(r.title()));
            }
        }
        for (DocumentRecord r : archive.documents()) {
            String file = r.source().fileName();
            metadata(r, file, findings);
            ocr(r.source(), file, findings);
            citations(r, file, numbers, titles, findings);
            corrections(r, file, findings);
        }
        duplicates(archive, findings);
        return findings;
    }

    private static void metadata(DocumentRecord r, String file, List<Finding> out) {
        if (r.docNumber() == null) {
            out.add(new Finding(file, "missing-doc-number", "no 发文字号 found"));
        } else if (!DocNumbers.isCanonical(r.docNumber())) {
            String canonical = DocNumbers.canonical(r.docNumber());
            out.add(new Finding(file, "non-canonical-doc-number", "发文字号 \"" + r.docNumber() + "\" is not canonical"
                    + (canonical == null ? " and cannot be read as one" : "; canonical form: " + canonical)));
        }
        if (r.title() == null || r.title().isBlank()) {
            out.add(new Finding(file, "missing-title", "no title found"));
        }
        if (r.date() == null) {
            out.add(new Finding(file, "missing-date", "no 成文日期 found"));
        }
    }

    private static void ocr(SourceInfo source, String file, List<Finding> out) {
        List<String> weak = new ArrayList<>();
        List<Integer> unread = new ArrayList<>();
        for (SourceInfo.PageOrigin page : source.pages()) {
            if (page.needsOcr()) {
                unread.add(page.page());
            } else if (page.confidence() >= 0 && page.confidence() < LOW_OCR_CONFIDENCE) {
                weak.add(page.page() + String.format(Locale.ROOT, " (%.2f)", page.confidence()));
            }
        }
        if (!weak.isEmpty()) {
            out.add(new Finding(file, "low-ocr-confidence", "OCR confidence below "
                    + LOW_OCR_CONFIDENCE + " on page " + String.join(", ", weak)));
        }
        if (!unread.isEmpty()) {
            out.add(new Finding(file, Problem.NEEDS_OCR, "no text read from page "
                    + String.join(", ", unread.stream().map(String::valueOf).toList())));
        }
    }

    private static void citations(DocumentRecord r, String file, Set<String> numbers, Set<String> titles,
                                  List<Finding> out) {
        String own = DocNumbers.canonical(r.docNumber());
        Set<String> missing = new LinkedHashSet<>();
        for (Entity e : r.entities()) {
            if (!e.type().equals("docnumber") && !e.type().equals("citation")) {
                continue;
            }
            String value = e.value() instanceof EntityValue.Text t ? t.value() : e.text();
            String number = DocNumbers.canonical(value);
            if (number == null) {
                number = DocNumbers.canonical(e.text());
            }
            if (number != null) {
                if (!number.equals(own) && !numbers.contains(number)) {
                    missing.add(number);
                }
            } else if (e.type().equals("citation")) {
                String title = titleKey(value);
                if (DOCUMENT_TITLE.matcher(title).matches() && !titles.contains(title)
                        && !title.equals(titleKey(r.title() == null ? "" : r.title()))) {
                    missing.add("《" + title + "》");
                }
            }
        }
        for (String cited : missing) {
            out.add(new Finding(file, "missing-citation", "cites " + cited + ", which is not in the archive"));
        }
    }

    private static void corrections(DocumentRecord r, String file, List<Finding> out) {
        for (Correction c : r.corrections()) {
            if (c.needsReview()) {
                out.add(new Finding(file, "stale-correction", c.status() + " correction of " + c.field() + ": "
                        + c.message()));
            }
        }
    }

    private static void duplicates(DedupResult archive, List<Finding> out) {
        for (DedupResult.Duplicate d : archive.duplicates()) {
            out.add(new Finding(d.kept(), "duplicate", (d.reason().equals("same-bytes") ? "identical files: "
                    : String.format(Locale.ROOT, "same document (text similarity %.2f) in: ", d.similarity()))
                    + String.join(", ", d.others()) + "; this file's text is shown"));
        }
        for (DedupResult.Conflict c : archive.conflicts()) {
            for (String file : c.files()) {
                List<String> others = c.files().stream().filter(f -> !f.equals(file)).toList();
                out.add(new Finding(file, "doc-number-conflict", String.format(Locale.ROOT,
                        "发文字号 %s is also carried by %s, whose text differs (similarity %.2f at most): one is "
                                + "probably misnumbered", c.docNumber(), String.join(", ", others), c.similarity())));
            }
        }
        out.sort(Comparator.comparing(Finding::file).thenComparing(Finding::code));
    }

    private static String titleKey(String title) {
        return title.replaceAll("[\\s\\u3000《》]+", "");
    }
}

package org.gongwen.site;

import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans of one document: its tagged entities (from the record's standoff offsets), with the citations among
 * them linked when the cited document is in the archive; 《…》 titles and 发文字号 the tagger did not mark are found
 * here too, so citations link even in records without entities. Overlaps are resolved first-longest-wins.
 */
final class SpanFinder {
    private static final Pattern CITATION = Pattern.compile(
            "《[^《》\\n]{2,100}》|[\\p{IsHan}A-Za-z]{1,15}[〔\\[（(【]\\s*\\d{4}\\s*[〕\\]）)】]\\s*\\d{1,5}\\s*号");
    private static final Map<String, String> LABELS = Map.of("figure", "数字", "date", "日期", "period", "期间",
            "deadline", "期限", "org", "机关", "person", "人名", "place", "地名", "docnumber", "发文字号",
            "citation", "引用");
    private final CitationIndex citations;

    SpanFinder(CitationIndex citations) {
        this.citations = citations;
    }

    /** The spans, and the keys looked up in the citation index: the spans depend on the index through these only. */
    record Found(List<Span> spans, Set<String> lookups) {
    }

    List<Span> find(DocumentRecord record, String selfId) {
        return found(record, selfId).spans();
    }

    Found found(DocumentRecord record, String selfId) {
        Set<String> lookups = new HashSet<>();
        Function<String, Optional<String>> resolve = citation -> {
            String k = CitationIndex.lookupKey(citation);
            lookups.add(k);
            return citations.byKey(k);
        };
        List<Span> all = new ArrayList<>();
        String text = record.text();
        for (Entity e : record.entities()) {
            if (e.end() > text.length()) {
                continue;
            }
            String href = null;
            if (e.type().equals("docnumber") || e.type().equals("citation")) {
                String target = e.value() instanceof EntityValue.Text t ? t.value() : e.text();
                href = resolve.apply(target).or(() -> resolve.apply(e.text()))
                        .filter(id -> !id.equals(selfId)).orElse(null);
            }
            all.add(new Span(e.start(), e.end(), e.type(), label(e), href));
        }
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            // the Han prefix of a 发文字号 match may include preceding words (根据银发〔2014〕168号): try each start
            int last = m.group().startsWith("《") ? m.start() : m.end() - 1;
            for (int start = m.start(); start <= last; start++) {
                String target = resolve.apply(text.substring(start, m.end())).orElse(null);
                if (target != null) {
                    if (!target.equals(selfId)) {
                        all.add(new Span(start, m.end(), "citation", "引用", target));
                    }
                    break;
                }
            }
        }
        return new Found(withoutOverlaps(all), lookups);
    }

    /** The documents this one cites (ids), for the "cited by" lists. */
    static List<String> targets(List<Span> spans) {
        return spans.stream().map(Span::href).filter(h -> h != null).distinct().sorted().toList();
    }

    private static String label(Entity e) {
        String label = LABELS.getOrDefault(e.type(), e.type());
        if (e.value() instanceof EntityValue.Number n) {
            return label + "：" + n.value().toPlainString() + (e.unit() == null ? "" : e.unit());
        }
        if (e.value() instanceof EntityValue.Text t) {
            return label + "：" + t.value();
        }
        return label;
    }

    private static List<Span> withoutOverlaps(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start()))
                .thenComparing(s -> s.href() == null ? 1 : 0));
        List<Span> kept = new ArrayList<>();
        int end = -1;
        for (Span s : sorted) {
            if (s.start() >= end && s.end() > s.start()) {
                kept.add(s);
                end = s.end();
            }
        }
        return kept;
    }
}

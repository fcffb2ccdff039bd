package org.gongwen.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.gongwen.model.DocumentRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as Markdown with a YAML front matter of its metadata: the archival, human-readable form written to
 * {@code output/markdown/<id>.md}, and the source the site renders the body from (with commonmark-java).
 *
 * <pre>
 * ---
 * id: 云产改办-2022-16号
 * docNumber: 云产改办〔2022〕16号
 * date: 2022-11-21
 * ---
 *
 * # 关于印发王树芬同志在云南省产业工人队伍建设改革工作专题研修班上的讲话的通知
 * </pre>
 *
 * Every ASCII punctuation character of the text is backslash-escaped, so a line such as {@code 1. 加强…} or
 * {@code <script>} stays literal text instead of becoming a list or HTML.
 */
public final class RecordMarkdown {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private RecordMarkdown() {
    }

    /** The full Markdown file of a record with the given id. */
    public static String of(String id, DocumentRecord record) {
        StringBuilder md = new StringBuilder("---\n").append(frontMatter(id, record)).append("---\n\n");
        md.append("# ").append(escape(record.title() == null ? record.source().fileName() : record.title()))
                .append("\n\n");
        md.append(body(BodyOutline.of(record)));
        return md.toString();
    }

    /** The Markdown of body blocks: one heading or paragraph per block, in order. */
    static String body(List<Block> blocks) {
        StringBuilder md = new StringBuilder();
        for (Block b : blocks) {
            if (b.heading()) {
                md.append("#".repeat(b.level())).append(' ');
            }
            md.append(escape(b.text())).append("\n\n");
        }
        return md.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String flat = text.replace('\r', ' ').replace('\n', ' ').strip();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String frontMatter(String id, DocumentRecord r) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", id);
        put(meta, "docNumber", r.docNumber());
        put(meta, "title", r.title());
        put(meta, "issuer", r.issuer());
        if (r.issuers().size() > 1) {
            meta.put("issuers", r.issuers());
        }
        put(meta, "docType", r.docType());
        put(meta, "date", r.date());
        put(meta, "published", r.published());
        if (!r.recipients().isEmpty()) {
            meta.put("recipients", r.recipients());
        }
        if (!r.cc().isEmpty()) {
            meta.put("cc", r.cc());
        }
        put(meta, "signer", r.signer());
        put(meta, "urgency", r.urgency());
        put(meta, "classification", r.classification());
        meta.put("source", r.source().fileName());
        meta.put("sha256", r.source().sha256());
        try {
            return YAML.writeValueAsString(meta);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter always serialises", e);
        }
    }

    private static void put(Map<String, Object> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value);
        }
    }
}

package org.gongwen.curate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The sidecar format of corrections: {@code corpus/<source name>.fix.yaml}, next to the source it corrects.
 *
 * <pre>
 * source: 银发2014-168.pdf
 * sha256: 3f1c…
 * set:
 *   docNumber: {value: 银发〔2014〕168号, was: 银发〔2014〕188号}
 *   recipients: {value: [人民银行上海总部, 各分行], was: [人民银行上海总部]}
 * dropEntities:
 *   - {type: figure, text: 2014年, start: 35}
 * dropCommitments:
 *   - {text: 到2025年基本建成…}
 * </pre>
 * Hand-written files may give a bare value ({@code date: 2014-06-03}) instead of {@code {value, was}}.
 */
public final class FixFile {
    /** The suffix appended to the source's file name. */
    public static final String SUFFIX = ".fix.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();
    private static final java.util.Set<String> KEYS = java.util.Set.of("source", "sha256", "set", "dropEntities",
            "dropCommitments");
    private static final String HEADER = "# Archivist's corrections, applied by every gongwen build (see README: Corrections).\n"
            + "# \"was\" is what extraction gave when the fix was written; a build flags the fix as stale when that changes.\n";

    private FixFile() {
    }

    /** The sidecar path of a source file. */
    public static Path sidecarOf(Path source) {
        return source.resolveSibling(source.getFileName() + SUFFIX);
    }

    /** True when {@code file} is a sidecar rather than a source. */
    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /** Reads a sidecar's text; {@code where} names it in error messages. */
    public static Fix parse(String yaml, String where) throws FixException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new FixException(where + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new FixException(where + ": empty");
        }
        if (!root.isObject()) {
            throw new FixException(where + ": expected a mapping with source, set, dropEntities, dropCommitments");
        }
        try {
            List<Fix.FieldFix> fields = fields(root.get("set"));
            fields.addAll(topLevelFields(root));
            String source = optionalText(root.get("source"));
            if (source == null || source.isEmpty()) {
                source = sourceOf(where);
            }
            return new Fix(source, optionalText(root.get("sha256")), fields,
                    entityDrops(root.get("dropEntities")), commitmentDrops(root.get("dropCommitments")));
        } catch (FixException e) {
            throw new FixException(where + ": " + e.getMessage());
        }
    }

    /** The sidecar text of a fix (deterministic: fields in the order held). */
    public static String format(Fix fix) {
        ObjectNode root = YAML.createObjectNode();
        root.put("source", fix.source());
        if (fix.sha256() != null) {
            root.put("sha256", fix.sha256());
        }
        if (!fix.fields().isEmpty()) {
            ObjectNode set = root.putObject("set");
            for (Fix.FieldFix f : fix.fields()) {
                ObjectNode node = set.putObject(f.field());
                boolean list = isList(f.field());
                node.set("value", values(node, f.value(), list));
                if (f.was() != null) {
                    node.set("was", values(node, f.was(), list));
                }
            }
        }
        if (!fix.entityDrops().isEmpty()) {
            ArrayNode drops = root.putArray("dropEntities");
            for (Fix.EntityDrop d : fix.entityDrops()) {
                ObjectNode node = drops.addObject();
                if (d.type() != null) {
                    node.put("type", d.type());
                }
                node.put("text", d.text());
                if (d.start() != null) {
                    node.put("start", d.start());
                }
            }
        }
        if (!fix.commitmentDrops().isEmpty()) {
            ArrayNode drops = root.putArray("dropCommitments");
            for (Fix.CommitmentDrop d : fix.commitmentDrops()) {
                ObjectNode node = drops.addObject();
                if (d.index() != null) {
                    node.put("index", d.index());
                }
                if (d.text() != null) {
                    node.put("text", d.text());
                }
            }
        }
        try {
            return HEADER + YAML.writeValueAsString(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("a YAML tree always serialises", e);
        }
    }

    private static boolean isList(String field) {
        try {
            return Field.named(field).kind == FieldKind.LIST;
        } catch (FixException e) {
            return false;
        }
    }

    private static JsonNode values(ObjectNode parent, List<String> values, boolean list) {
        if (list) {
            ArrayNode array = parent.arrayNode();
            values.forEach(array::add);
            return array;
        }
        return values.isEmpty() ? parent.nullNode() : parent.textNode(values.get(0));
    }

    /** Hand-written shorthand: {@code docNumber: 银发〔2014〕168号} at the top level means the same as under {@code set}. */
    private static List<Fix.FieldFix> topLevelFields(JsonNode root) throws FixException {
        ObjectNode shorthand = YAML.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KEYS.contains(e.getKey())) {
                shorthand.set(e.getKey(), e.getValue());
            }
        }
        return fields(shorthand);
    }

    /** The source a sidecar belongs to, from its own name ({@code a.pdf.fix.yaml → a.pdf}). */
    private static String sourceOf(String where) throws FixException {
        String name = Path.of(where).getFileName().toString();
        if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            throw new FixException("source: missing");
        }
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private static List<Fix.FieldFix> fields(JsonNode set) throws FixException {
        List<Fix.FieldFix> fields = new ArrayList<>();
        if (set == null || set.isNull()) {
            return fields;
        }
        if (!set.isObject()) {
            throw new FixException("set: expected a mapping of field: {value, was}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Field field = Field.named(e.getKey());
            JsonNode node = e.getValue();
            boolean structured = node != null && node.isObject();
            JsonNode value = structured ? node.get("value") : node;
            List<String> was = structured && node.has("was") ? strings(node.get("was")) : null;
            List<String> canonical = field.kind.canonical(field.jsonName, strings(value));
            fields.add(new Fix.FieldFix(field.jsonName, canonical, was));
        }
        return fields;
    }

    private static List<Fix.EntityDrop> entityDrops(JsonNode drops) throws FixException {
        List<Fix.EntityDrop> result = new ArrayList<>();
        for (JsonNode d : list(drops, "dropEntities")) {
            if (d.isTextual()) {
                result.add(new Fix.EntityDrop(null, d.asText(), null));
                continue;
            }
            JsonNode start = d.get("start");
            if (start != null && !start.isNull() && !start.canConvertToInt()) {
                throw new FixException("dropEntities: start must be a number");
            }
            result.add(new Fix.EntityDrop(optionalText(d.get("type")), requiredText(d, "text"),
                    start == null || start.isNull() ? null : start.asInt()));
        }
        return result;
    }

    private static List<Fix.CommitmentDrop> commitmentDrops(JsonNode drops) throws FixException {
        List<Fix.CommitmentDrop> result = new ArrayList<>();
        for (JsonNode d : list(drops, "dropCommitments")) {
            if (d.isTextual()) {
                result.add(new Fix.CommitmentDrop(d.asText(), null));
            } else if (d.isInt()) {
                result.add(new Fix.CommitmentDrop(null, d.asInt()));
            } else {
                JsonNode index = d.get("index");
                String text = optionalText(d.get("text"));
                if (text == null && (index == null || !index.canConvertToInt() || index.asInt() < 1)) {
                    throw new FixException("dropCommitments: each needs a text or an index (1, 2, …)");
                }
                result.add(new Fix.CommitmentDrop(text, index == null || index.isNull() ? null : index.asInt()));
            }
        }
        return result;
    }

    private static List<JsonNode> list(JsonNode node, String name) throws FixException {
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isArray()) {
            throw new FixException(name + ": expected a list");
        }
        node.forEach(items::add);
        return items;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    private static String requiredText(JsonNode node, String name) throws FixException {
        String text = optionalText(node.get(name));
        if (text == null || text.isEmpty()) {
            throw new FixException(name + ": missing");
        }
        return text;
    }

    private static String optionalText(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}

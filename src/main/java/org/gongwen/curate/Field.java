package org.gongwen.curate;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongwen.model.DocumentRecord;

/**
 * A metadata field of {@link DocumentRecord} that a correction may override, with its JSON name and value kind.
 * Values are handled as lists: a single-valued field has zero (absent) or one value.
 */
enum Field {
    DOC_NUMBER("docNumber", FieldKind.DOC_NUMBER, DocumentRecord::docNumber, DocumentRecord.Builder::docNumber),
    TITLE("title", FieldKind.TITLE, DocumentRecord::title, DocumentRecord.Builder::title),
    DATE("date", FieldKind.DATE, DocumentRecord::date, DocumentRecord.Builder::date),
    DOC_TYPE("docType", FieldKind.DOC_TYPE, DocumentRecord::docType, DocumentRecord.Builder::docType),
    ISSUER("issuer", FieldKind.TEXT, DocumentRecord::issuer, DocumentRecord.Builder::issuer),
    PUBLISHED("published", FieldKind.DATE, DocumentRecord::published, DocumentRecord.Builder::published),
    SIGNER("signer", FieldKind.TEXT, DocumentRecord::signer, DocumentRecord.Builder::signer),
    URGENCY("urgency", FieldKind.TEXT, DocumentRecord::urgency, DocumentRecord.Builder::urgency),
    CLASSIFICATION("classification", FieldKind.TEXT, DocumentRecord::classification,
            DocumentRecord.Builder::classification),
    COPY_NUMBER("copyNumber", FieldKind.TEXT, DocumentRecord::copyNumber, DocumentRecord.Builder::copyNumber),
    NOTES("notes", FieldKind.TEXT, DocumentRecord::notes, DocumentRecord.Builder::notes),
    PRINTER("printer", FieldKind.TEXT, DocumentRecord::printer, DocumentRecord.Builder::printer),
    PRINT_DATE("printDate", FieldKind.DATE, DocumentRecord::printDate, DocumentRecord.Builder::printDate),
    ISSUERS("issuers", DocumentRecord::issuers, DocumentRecord.Builder::issuers),
    RECIPIENTS("recipients", DocumentRecord::recipients, DocumentRecord.Builder::recipients),
    CC("cc", DocumentRecord::cc, DocumentRecord.Builder::cc);

    final String jsonName;
    final FieldKind kind;
    private final Function<DocumentRecord, List<String>> getter;
    private final BiConsumer<DocumentRecord.Builder, List<String>> setter;

    Field(String jsonName, FieldKind kind, Function<DocumentRecord, String> get,
          BiConsumer<DocumentRecord.Builder, String> set) {
        this.jsonName = jsonName;
        this.kind = kind;
        this.getter = r -> get.apply(r) == null ? List.of() : List.of(get.apply(r));
        this.setter = (b, v) -> set.accept(b, v.isEmpty() ? null : v.get(0));
    }

    Field(String jsonName, Function<DocumentRecord, List<String>> get,
          BiConsumer<DocumentRecord.Builder, List<String>> set) {
        this.jsonName = jsonName;
        this.kind = FieldKind.LIST;
        this.getter = get;
        this.setter = set;
    }

    /** The field's current values in {@code record}: empty when absent. */
    List<String> get(DocumentRecord record) {
        return getter.apply(record);
    }

    /** Sets the field on a builder; an empty list clears it. */
    void set(DocumentRecord.Builder builder, List<String> values) {
        setter.accept(builder, values);
    }

    /** The field called {@code name} in JSON. */
    static Field named(String name) throws FixException {
        for (Field f : values()) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        throw new FixException("\"" + name + "\" is not a correctable field (one of " + names() + ")");
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.jsonName).collect(Collectors.joining(", "));
    }

    /** A display form of values: lists joined with 、, null when absent. */
    static String display(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("、", values);
    }
}

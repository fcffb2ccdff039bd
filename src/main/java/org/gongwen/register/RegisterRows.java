package org.gongwen.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.Register;

/** The register as a table: one row per commitment, citing its document and position, with its latest progress. */
final class RegisterRows {
    static final List<String> HEADER = List.of("id", "kind", "docNumber", "title", "date", "file", "section", "start",
            "end", "text", "metric", "scope", "comparator", "value", "valueMax", "unit", "deadline", "recurrence",
            "owner", "latestValue", "latestAsOf", "progress", "progressSource");
    /** Columns written as numbers in the workbook. */
    static final List<String> NUMERIC = List.of("start", "end", "value", "valueMax", "latestValue", "progress");

    private RegisterRows() {
    }

    static List<List<String>> rows(Register register) {
        List<List<String>> rows = new ArrayList<>();
        for (Register.Entry e : register.entries()) {
            rows.add(row(e));
        }
        return rows;
    }

    private static List<String> row(Register.Entry e) {
        Commitment c = e.commitment();
        Register.Progress latest = e.progress().isEmpty() ? null : e.progress().get(e.progress().size() - 1);
        List<String> r = new ArrayList<>();
        r.add(e.id());
        r.add(c.kind());
        r.add(s(e.doc().docNumber()));
        r.add(s(e.doc().title()));
        r.add(s(e.doc().date()));
        r.add(e.doc().fileName());
        r.add(s(c.section()));
        r.add(String.valueOf(c.start()));
        r.add(String.valueOf(c.end()));
        r.add(c.text().replaceAll("\\s*\\n\\s*", ""));
        r.add(s(c.metric()));
        r.add(s(c.scope()));
        r.add(s(c.comparator()));
        r.add(n(c.value()));
        r.add(n(c.valueMax()));
        r.add(s(c.unit()));
        r.add(s(c.deadline()));
        r.add(s(c.recurrence()));
        r.add(s(c.owner()));
        r.add(latest == null ? "" : n(latest.observation().value()));
        r.add(latest == null ? "" : s(latest.observation().asOf()));
        r.add(latest == null ? "" : n(latest.ratio()));
        r.add(latest == null ? "" : source(latest));
        return r;
    }

    private static String source(Register.Progress p) {
        return p.doc().docNumber() != null ? p.doc().docNumber() : p.doc().fileName();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String n(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}

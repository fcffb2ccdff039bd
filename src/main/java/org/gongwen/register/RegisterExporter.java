package org.gongwen.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongwen.json.RecordJson;
import org.gongwen.model.Register;

/**
 * Writes the register as {@code commitments.csv} (UTF-8 with BOM so that Excel reads the Chinese right; RFC 4180
 * quoting, CRLF line ends), {@code commitments.json} (the {@link Register} itself, readable back with {@link #read})
 * and {@code commitments.xlsx} (one sheet, header frozen, filter on), and renders Markdown for the command line.
 */
public final class RegisterExporter {
    /** The formats of {@link #write}. */
    public enum Format {
        CSV, JSON, MD, XLSX;

        /** The name of the register's file in this format: {@code commitments.csv} and so on. */
        public String fileName() {
            return "commitments." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The formats a build writes into its register folder, each to its {@link Format#fileName()}. */
    public static final List<Format> FILE_FORMATS = List.of(Format.CSV, Format.XLSX, Format.JSON);
    private static final ObjectMapper JSON = RecordJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
    /** The indexes of {@link RegisterRows#NUMERIC} in the header: the workbook's number columns. */
    private static final Set<Integer> NUMERIC_COLUMNS = RegisterRows.NUMERIC.stream()
            .map(RegisterRows.HEADER::indexOf).collect(Collectors.toUnmodifiableSet());

    /** Writes the register in one format to a stream (left open). */
    public void write(Register register, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(register, out);
            case JSON -> {
                out.write(JSON.writeValueAsBytes(register));
                out.write('\n');
            }
            case MD -> markdown(register, out);
            case XLSX -> xlsx(register, out);
        }
        out.flush();
    }

    /** Reads a register written in {@link Format#JSON} ({@code commitments.json}). */
    public static Register read(Path json) throws IOException {
        return JSON.readValue(json.toFile(), Register.class);
    }

    private static void csv(Register register, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        csvLine(w, RegisterRows.HEADER);
        for (List<String> row : RegisterRows.rows(register)) {
            csvLine(w, row);
        }
        w.flush();
    }

    private static void csvLine(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"' + f.replace("\"", "\"\"") + '"');
            } else {
                w.write(f);
            }
        }
        w.write("\r\n");
    }

    private static void markdown(Register register, OutputStream out) throws IOException {
        List<String> cols = List.of("id", "docNumber", "date", "text", "comparator", "value", "unit", "deadline",
                "owner", "progress");
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", cols)).append(" |\n");
        sb.append("|").append("---|".repeat(cols.size())).append('\n');
        for (List<String> row : RegisterRows.rows(register)) {
            sb.append('|');
            for (String c : cols) {
                String v = row.get(RegisterRows.HEADER.indexOf(c));
                sb.append(' ').append(v.replace("|", "\\|").replace("\n", " ")).append(" |");
            }
            sb.append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void xlsx(Register register, OutputStream out) throws IOException {
        out.write(new XlsxSheet("commitments", RegisterRows.HEADER, NUMERIC_COLUMNS)
                .write(RegisterRows.rows(register)));
    }
}

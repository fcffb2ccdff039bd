package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongwen.model.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterExporterTest {
    @TempDir
    Path dir;

    @Test
    void writesCsvWithBomThatReadsBack() throws Exception {
        Register register = new RegisterBuilder().build(RegisterBuilderTest.inputs());
        byte[] bytes = bytes(register, RegisterExporter.Format.CSV);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(register.entries().size() + 1);
        assertThat(rows.get(0)).isEqualTo(RegisterRows.HEADER);
        List<String> first = rows.get(1);
        assertThat(first.get(RegisterRows.HEADER.indexOf("text"))).isEqualTo("到2025年，全省技能人才总量达到500万人以上");
        assertThat(first.get(RegisterRows.HEADER.indexOf("docNumber"))).isEqualTo("云产改办〔2022〕16号");
        assertThat(first.get(RegisterRows.HEADER.indexOf("value"))).isEqualTo("5000000");
        assertThat(first.get(RegisterRows.HEADER.indexOf("progress"))).isEqualTo("0.960");
    }

    @Test
    void writesAWorkbookThatReadsBack() throws Exception {
        Register register = new RegisterBuilder().build(RegisterBuilderTest.inputs());
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(bytes(register, RegisterExporter.Format.XLSX)))) {
            Sheet sheet = book.getSheet("commitments");
            assertThat(sheet.getLastRowNum()).isEqualTo(register.entries().size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            int value = RegisterRows.HEADER.indexOf("value");
            assertThat(sheet.getRow(1).getCell(value).getNumericCellValue()).isEqualTo(5_000_000d);
            assertThat(sheet.getRow(1).getCell(RegisterRows.HEADER.indexOf("unit")).getStringCellValue()).isEqualTo("人");
        }
    }

    @Test
    void jsonReadsBackToTheSameRegister() throws Exception {
        Register register = new RegisterBuilder().build(RegisterBuilderTest.inputs());
        Path json = dir.resolve("commitments.json");
        Files.write(json, bytes(register, RegisterExporter.Format.JSON));
        assertThat(RegisterExporter.read(json)).isEqualTo(register);
    }

    @Test
    void markdownEscapesPipes() throws Exception {
        Register register = new RegisterBuilder().build(RegisterBuilderTest.inputs());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterExporter().write(register, RegisterExporter.Format.MD, out);
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md.lines().count()).isEqualTo(register.entries().size() + 2);
        assertThat(md).startsWith("| id | docNumber |").contains("| 云产改办〔2022〕16号 |");
    }

    /** The files of a build's register folder, which the site copies and links in this order. */
    @Test
    void aBuildWritesTheFilesTheSiteLinks() {
        assertThat(RegisterExporter.FILE_FORMATS).extracting(RegisterExporter.Format::fileName)
                .containsExactly("commitments.csv", "commitments.xlsx", "commitments.json");
    }

    private static byte[] bytes(Register register, RegisterExporter.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterExporter().write(register, format, out);
        return out.toByteArray();
    }

    /** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}

package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The hand-written workbook reads back in Apache POI exactly as written. */
class XlsxSheetTest {
    private static final List<String> HEADER = List.of("text", "value");

    @Test
    void textAndNumbersReadBackExactly() throws Exception {
        List<String> awkward = List.of("到2025年，全省 & <b> “达到”", "  leading and trailing  ", "two\nlines",
                "bell\u0007 and _x0041_ literally", "𠀀 outside the BMP", "");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < awkward.size(); i++) {
            rows.add(List.of(awkward.get(i), i == 5 ? "" : String.valueOf(i * 1.5)));
        }
        byte[] bytes = new XlsxSheet("commitments", HEADER, Set.of(1)).write(rows);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheet("commitments");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("text");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B7");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(awkward.get(i));
                if (i == 5) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                } else {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(i * 1.5);
                }
            }
        }
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws Exception {
        List<List<String>> rows = List.of(List.of("a", "1"));
        assertThat(new XlsxSheet("s", HEADER, Set.of(1)).write(rows))
                .isEqualTo(new XlsxSheet("s", HEADER, Set.of(1)).write(rows));
    }

    @Test
    void columnsGoPastZ() {
        assertThat(List.of(XlsxSheet.column(0), XlsxSheet.column(25), XlsxSheet.column(26), XlsxSheet.column(51),
                XlsxSheet.column(52))).containsExactly("A", "Z", "AA", "AZ", "BA");
    }
}

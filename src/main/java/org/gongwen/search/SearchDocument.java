package org.gongwen.search;

import java.util.Objects;

/**
 * One document as the search index sees it.
 *
 * <p>Example: id {@code 云产改办-2022-16}, url {@code docs/云产改办-2022-16.html}, docNumber {@code 云产改办〔2022〕16号},
 * date {@code 2022-11-21}, docType {@code 通知}.
 *
 * @param id        the archive's stable id
 * @param url       the page's path relative to the site root
 * @param docNumber 发文字号, null when none
 * @param title     标题, null when unknown
 * @param date      成文日期 (ISO), null when unknown
 * @param issuer    发文机关, null when unknown
 * @param docType   文种, null when unknown
 * @param text      the full text
 */
public record SearchDocument(String id, String url, String docNumber, String title, String date, String issuer,
                             String docType, String text) {
    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
    }

    /** yyyymmdd as a number (20221121), 0 when the date is unknown; a bare year counts as its 1 January. */
    int dateNumber() {
        if (date == null || !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return 0;
        }
        String digits = date.replace("-", "");
        return Integer.parseInt((digits + "0101").substring(0, 8));
    }
}

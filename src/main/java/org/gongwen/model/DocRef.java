package org.gongwen.model;

import java.util.Objects;

/**
 * How the register and the site cite a document.
 *
 * @param id        the archive's stable id of the document (from its 发文字号 when it has one, else its content hash)
 * @param docNumber 发文字号, null when none
 * @param title     标题, null when unknown
 * @param date      成文日期 (ISO), null when unknown
 * @param fileName  the source file name
 */
public record DocRef(String id, String docNumber, String title, String date, String fileName) {
    public DocRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
    }
}

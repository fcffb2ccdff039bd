package org.gongwen.model;

import java.util.Objects;

/**
 * One signature of a document: the 发文机关署名, and for 令 and speeches the office and the person
 * ("中国人民银行 行长 潘功胜").
 *
 * @param organ  the signing organ, or "" when only a person signs
 * @param office the person's office (行长, 主席), null when none
 * @param person the person's name, null when none
 */
public record Signatory(String organ, String office, String person) {
    public Signatory {
        Objects.requireNonNull(organ, "organ");
    }
}

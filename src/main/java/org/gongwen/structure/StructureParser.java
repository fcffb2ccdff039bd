package org.gongwen.structure;

import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;

/**
 * The structure stage's entry point: reads the parts of a 公文 laid down by GB/T 9704-2012 and 《党政机关公文处理工作条例》
 * art. 9 — 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人), 主体 (标题, 主送机关, 正文 heading tree, 附件说明,
 * 署名, 成文日期, 附注, 附件) and 版记 (抄送, 印发机关和印发日期) — into a {@link DocumentRecord}. Documents issued or
 * forwarded by a notice (印发/转发/批转 … 的通知) become parts. Missing or doubtful elements are reported in the record's
 * warnings, never guessed silently.
 *
 * <p>Example: the text of 云产改办〔2022〕16号 gives docNumber {@code 云产改办〔2022〕16号}, issuer
 * {@code 云南省新时期产业工人队伍建设改革工作协调领导小组办公室}, docType {@code 通知}, date {@code 2022-11-21} and one part,
 * the speech of 2022-11-18 by 王树芬.
 */
public final class StructureParser {
    /** Parses normalised text into a record; metadata of the container (portal tables) is used where present. */
    public DocumentRecord parse(NormalizedText text, Extraction extraction) {
        return new DocumentReader(text, extraction).read();
    }
}

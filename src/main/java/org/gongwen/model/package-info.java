/**
 * The immutable records that flow between the stages of gongwen, and nothing else: no library types, no behaviour
 * beyond validation in compact constructors.
 *
 * <p>Glossary (GB/T 9704-2012 and 《党政机关公文处理工作条例》):
 * <ul>
 *   <li>{@code docNumber} — 发文字号, canonical form 机关代字〔YYYY〕N号;</li>
 *   <li>{@code issuer} — 发文机关 (the host organ in joint issuance), {@code issuers} — all of them;</li>
 *   <li>{@code date} — 成文日期; {@code published} — 发布日期 (portal publication date);</li>
 *   <li>{@code recipients} — 主送机关; {@code cc} — 抄送机关; {@code signatories} — 发文机关署名 / 签署人;</li>
 *   <li>{@code urgency} — 紧急程度; {@code classification} — 密级和保密期限; {@code copyNumber} — 份号;</li>
 *   <li>{@code parts} — documents embedded by 印发/转发/批转 notices; {@code attachments} — 附件;</li>
 *   <li>{@code printer}/{@code printDate} — 印发机关和印发日期 (版记).</li>
 * </ul>
 *
 * <p>Offsets ({@code start}/{@code end}) are UTF-16 indexes into {@link org.gongwen.model.DocumentRecord#text()},
 * end exclusive.
 */
package org.gongwen.model;

package org.gongwen.structure;

import java.util.List;

/**
 * The 标题 as found: its text (lines joined), span, the organs named before 关于, recipients glued to it by a
 * reader, and the first body text glued to it.
 *
 * @param text       the title without line breaks
 * @param start      start in the record's text
 * @param end        end in the record's text
 * @param organs     organs printed before 关于 (joint issuance), empty when none
 * @param recipients 主送机关 printed on the title's line, empty when none
 * @param firstBody  body text printed on the title's line, null when none
 * @param next       index of the first line after the title
 */
record TitleBlock(String text, int start, int end, List<String> organs, List<String> recipients, TextLine firstBody,
                  int next) {
}

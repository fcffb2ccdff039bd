package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.Problem;

/** The capped list of problems of one document (jsoup's ParseErrorList): the first {@value #MAX} are kept. */
final class Warnings {
    static final int MAX = 50;
    final List<Problem> list = new ArrayList<>();

    void add(String code, String message, int position) {
        if (list.size() < MAX) {
            list.add(new Problem("structure", code, message, position));
        }
    }

    void addAll(List<Problem> problems) {
        for (Problem p : problems) {
            if (list.size() < MAX) {
                list.add(p);
            }
        }
    }
}

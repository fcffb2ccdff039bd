package org.gongwen.tag;

import java.util.List;
import org.gongwen.model.Entity;

/** Placeholder until HanLP recognition is wired. */
final class HanlpNames {
    private HanlpNames() {
    }

    static void tag(String text, Claims claims, List<Entity> out) {
    }
}

package org.gongwen.tag;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names the tagger knows (resource {@code gazetteer.txt}): provinces and prefecture-level cities with their short
 * forms, national organs with their short forms (国务院国资委, 人民银行), and organ names that follow a place or a level
 * word (省总工会, 云南省发展改革委, 市人社局). Matched with an Aho–Corasick automaton in one pass over the text.
 */
final class Gazetteer {
    /** What a name is: a place, a complete organ, or an organ name that wants a place or level before it. */
    enum Kind { PLACE, ORG, STEM }

    /** A gazetteer entry: its kind and canonical form. */
    record Name(Kind kind, String canonical) {
    }

    private static final List<String> ETHNIC = List.of("哈尼", "景颇", "傈僳", "布依", "土家", "朝鲜", "蒙古", "哈萨克",
            "柯尔克孜", "彝", "壮", "苗", "傣", "白", "藏", "羌", "侗", "回");
    private static final Set<String> GENERIC_STEMS = Set.of("人民政府", "人民法院", "人民检察院", "政府办公厅",
            "政府办公室", "委办公厅", "委员会办公厅", "人大常委会", "纪委监委", "组织部", "宣传部", "统战部", "委组织部",
            "委宣传部", "委统战部", "党委组织部", "党委宣传部", "统计局", "能源局", "税务局", "信访局", "人民银行分行",
            "人民银行支行");

    private static final Gazetteer INSTANCE = load();

    private final AhoCorasickDoubleArrayTrie<Name> trie;
    private final TreeMap<String, Name> names;

    private Gazetteer(TreeMap<String, Name> names) {
        this.names = names;
        trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(names);
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    List<AhoCorasickDoubleArrayTrie<Name>.Hit<Name>> find(String text) {
        return trie.parseText(text);
    }

    /** Every complete name (places and organs; not the organ names that need a place before them). */
    void forEachName(java.util.function.BiConsumer<String, Kind> action) {
        names.forEach((name, n) -> {
            if (n.kind() != Kind.STEM) {
                action.accept(name, n.kind());
            }
        });
    }

    /** True for organ names that are too general to stand alone (政府, 组织部): they need a place before them. */
    static boolean needsPrefix(String stem) {
        return stem.length() < 3 || GENERIC_STEMS.contains(stem);
    }

    private static Gazetteer load() {
        TreeMap<String, Name> names = new TreeMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.txt")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                addLine(section, line, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(names);
    }

    private static void addLine(String section, String line, TreeMap<String, Name> names) {
        switch (section) {
            case "[province]" -> addVariants(line, Kind.PLACE, names, 2);
            case "[city]" -> {
                for (String city : line.split("\\s+")) {
                    for (String v : cityVariants(city)) {
                        names.putIfAbsent(v, new Name(Kind.PLACE, city));
                    }
                }
            }
            case "[national]" -> addVariants(line, Kind.ORG, names, 2);
            case "[organ]" -> addVariants(line, Kind.STEM, names, 1);
            default -> throw new IllegalStateException("gazetteer line outside a section: " + line);
        }
    }

    private static void addVariants(String line, Kind kind, TreeMap<String, Name> names, int minLength) {
        String[] variants = line.split("\\|");
        for (String v : variants) {
            if (v.length() >= minLength) {
                names.put(v, new Name(kind, variants[0]));
            }
        }
    }

    /** 昆明市 → 昆明市; 楚雄彝族自治州 → 楚雄彝族自治州, 楚雄州; 石家庄市 → 石家庄 (two-character short forms are too ambiguous). */
    private static List<String> cityVariants(String city) {
        List<String> out = new ArrayList<>();
        out.add(city);
        if (city.endsWith("自治州")) {
            int cut = city.length();
            for (String e : ETHNIC) {
                int i = city.indexOf(e);
                if (i > 0 && i < cut) {
                    cut = i;
                }
            }
            out.add(city.substring(0, cut) + "州");
        } else if (city.endsWith("市") && city.length() >= 4) {
            out.add(city.substring(0, city.length() - 1));
        }
        return out;
    }
}

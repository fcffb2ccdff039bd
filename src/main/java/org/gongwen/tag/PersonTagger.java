package org.gongwen.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * Persons, where the genre names them: before a title or 同志 ("王树芬同志", "王宁书记", "予波省长" — leaders are often
 * named by given name and title) and alone on a signature line ("王树芬" under a speech title). A candidate is 2–3 Han
 * characters, three only with a common surname first, and never holds function words or organ characters (so "一些同志",
 * "省委书记" and "两位同志" are no persons).
 */
final class PersonTagger {
    /** Titles after a name, longest first so that 副书记 wins over 书记. */
    private static final String[] TITLES = {"总书记", "副书记", "副省长", "副市长", "副主席", "副主任", "副部长", "副厅长",
            "副局长", "副组长", "副总理", "秘书长", "副行长", "董事长", "总经理", "同志", "书记", "省长", "市长", "县长", "主席",
            "主任", "部长", "厅长", "局长", "组长", "院士", "总理", "行长", "处长", "女士", "先生"};
    private static final String TITLE_FIRST = "总副秘董同书省市县主部厅局组院行处女先";
    private static final Pattern SIGNATURE = Pattern.compile("(?m)^[ \\u3000]*([\\p{IsHan}](?:[ \\u3000]?[\\p{IsHan}]){1,3})[ \\u3000]*$");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
            + "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
            + "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习";
    private static final String STOP = "的了是在和与及等各位些这那其们中上下大小同一二三四五六七八九十省市县区委部局厅会组长主任"
            + "书记员工党家政府全有为以对从向要将把被让使得并或就都也还又再已更最很地着过不没无非于而之所此每该本个级总副"
            + "第新会议领导干部群众职业企业单位代表人民同志";
    private static final Pattern NOT_NAMES = Pattern.compile("附件|抄送|印发|同志们|目录|主送|签发|联系人|说明");

    void tag(String t, Claims claims, List<Entity> out) {
        for (int i = 2; i < t.length(); i++) {
            if (TITLE_FIRST.indexOf(t.charAt(i)) < 0 || !isTitleAt(t, i)) {
                continue;
            }
            int start = i;
            while (start > i - 3 && start > 0 && isNameChar(t.charAt(start - 1))) {
                start--;
            }
            if (i - start < 2) {
                continue;
            }
            String cand = t.substring(start, i);
            if (cand.length() == 3 && (SURNAMES.indexOf(cand.charAt(0)) < 0 || hasStop(cand))) {
                cand = cand.substring(1);
                start++;
            }
            boolean bounded = start == 0 || !Character.isIdeographic(t.charAt(start - 1));
            if (!hasStop(cand) && (SURNAMES.indexOf(cand.charAt(0)) >= 0 || bounded)) {
                add(t, start, start + cand.length(), claims, out);
            }
        }
        Matcher s = SIGNATURE.matcher(t);
        while (s.find()) {
            String name = s.group(1).replaceAll("[ \\u3000]", "");
            if (name.length() <= 3 && SURNAMES.indexOf(name.charAt(0)) >= 0 && !hasStop(name.substring(1))
                    && !NOT_NAMES.matcher(name).find()) {
                add(t, s.start(1), s.end(1), claims, out);
            }
        }
    }

    /** A 2–4 character name with a common surname first and no function words or organ characters. */
    static boolean isPlausibleName(String name) {
        return name.length() >= 2 && name.length() <= 4 && SURNAMES.indexOf(name.charAt(0)) >= 0
                && !hasStop(name.substring(1)) && !NOT_NAMES.matcher(name).find();
    }

    private static boolean isTitleAt(String t, int i) {
        for (String title : TITLES) {
            if (Units.startsWith(t, i, title)) {
                return !(title.equals("同志") && Units.startsWith(t, i + 2, "们"));
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isIdeographic(c) && c != '副' && c != '总';
    }

    private static boolean hasStop(String cand) {
        for (int i = 0; i < cand.length(); i++) {
            if (STOP.indexOf(cand.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void add(String t, int start, int end, Claims claims, List<Entity> out) {
        if (!claims.isFree(start, end)) {
            return;
        }
        String text = t.substring(start, end);
        out.add(new Entity("person", text, start, end, EntityValue.of(text.replaceAll("[ \\u3000]", "")), null, null,
                null, List.of(), null));
        claims.claim(start, end);
    }
}

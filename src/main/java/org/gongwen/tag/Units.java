package org.gongwen.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measure words, currencies and signs after a number, each with its base form: 个百分点 → 百分点, 个月 → 月, ％ → %.
 * Multipliers (万 亿 千 百) are read before the unit, so 万元 arrives here as 元.
 */
final class Units {
    /** A unit as printed and its base form. */
    record Unit(String surface, String base) {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("个百分点", "百分点"), Map.entry("％", "%"), Map.entry("个月", "月"), Map.entry("个工作日", "工作日"),
            Map.entry("个小时", "小时"), Map.entry("个部门", "部门"), Map.entry("公斤", "千克"), Map.entry("平方千米", "平方公里"),
            Map.entry("个季度", "季度"), Map.entry("周岁", "岁"), Map.entry("人民币", "元"),
            Map.entry("元人民币", "元"), Map.entry("美金", "美元"));

    private static final String[] PLAIN = (
            "百分点 % ‰ 人次 户次 架次 车次 艘次 批次 班次 工作日 小时 分钟 季度 周年 部门 "
            + "个 名 人 位 项 家 户 条 集 次 元 美元 欧元 港元 日元 英镑 年 天 日 周 岁 倍 亩 公顷 平方公里 平方米 "
            + "立方米 吨 千克 克 千瓦时 千瓦 兆瓦 吉瓦 千伏 伏 公里 千米 米 厘米 毫米 所 座 台 套 辆 件 份 批 种 类 "
            + "支 场 篇 部 本 册 期 栋 间 张 处 只 头 株 棵 片 口 艘 架 列 趟 轮 宗 笔 例 门 床 盏 标准箱 分 秒 层 回 对 届 款 级 "
            + "℃ 摄氏度 微克/立方米 方 起 枚 颗 粒 单 大卡 千卡 斤 升 毫升 克 标箱 兆瓦时 千瓦时 度 瓦 千公顷 公斤 海里 节 位数 人年 立方 标方 项次 人日 吨标准煤 辆次")
            .split(" ");

    /** Two-character words that start with a one-character unit but are nouns: 5项目 is not 5 项. */
    private static final Set<String> NOUNS = Set.of(
            "人民", "人才", "人员", "人口", "人大", "人均", "人工", "人身", "人类", "人社", "家庭", "家长", "家政", "家具",
            "家乡", "家园", "家属", "条件", "条例", "条款", "项目", "部署", "部分", "部委", "台阶", "期间", "期限", "期末",
            "场所", "场景", "场地", "份额", "类别", "类型", "种植", "种类", "处理", "处置", "处罚", "片区", "座谈",
            "所有", "所在", "所属", "位置", "位于", "天然", "天气", "周边", "周期", "分别", "分配", "分析", "分类",
            "元素", "批准", "批复", "集团", "集中", "集体", "集聚", "户口", "次要", "名单", "名称", "名义", "名额",
            "个人", "米粮", "门户", "门槛", "口岸", "本级", "本地", "本次", "支持", "支付",
            "列入", "架构", "轮换", "层级", "层面", "间接", "日常", "年度", "年龄", "年轻", "张贴", "头部", "例如",
            "笔记", "册封", "床位", "件事", "套餐", "本科", "回顾", "回应", "对于", "对外", "对象", "对接", "对口",
            "对标", "对照", "对话", "届时", "款项", "级别", "度过", "节约", "节能", "节点", "节日", "升级", "升学", "升高", "升值", "瓦解", "方面", "方式", "方案",
            "方向", "方法", "方针", "方位", "方略", "方能", "方可", "方便", "方舱", "起来", "起步", "起点", "起草", "起诉",
            "起到", "起航", "起飞", "起始", "方阵");

    private static final List<Unit> BY_LENGTH = build();

    private Units() {
    }

    private static List<Unit> build() {
        List<Unit> units = new ArrayList<>();
        for (String s : PLAIN) {
            units.add(new Unit(s, s));
        }
        ALIASES.forEach((s, b) -> units.add(new Unit(s, b)));
        units.sort(Comparator.comparingInt((Unit u) -> -u.surface().length()));
        return List.copyOf(units);
    }

    /** The longest unit at {@code pos}, or null; a one-character unit that begins a common noun is no unit. */
    static Unit at(CharSequence text, int pos) {
        for (Unit u : BY_LENGTH) {
            if (startsWith(text, pos, u.surface())) {
                if (u.surface().length() == 1 && pos + 2 <= text.length()
                        && NOUNS.contains(text.subSequence(pos, pos + 2).toString())) {
                    return null;
                }
                return u;
            }
        }
        return null;
    }

    /** True when a unit that itself starts with 千 or 百 begins at {@code pos} (千瓦, 百分点): not a multiplier. */
    static boolean unitStartsAt(CharSequence text, int pos) {
        Unit u = at(text, pos);
        return u != null && (u.surface().startsWith("千") || u.surface().startsWith("百"));
    }

    static boolean startsWith(CharSequence text, int pos, String s) {
        if (pos < 0 || pos + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(pos + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

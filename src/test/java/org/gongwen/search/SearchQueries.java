package org.gongwen.search;

import java.util.ArrayList;
import java.util.List;

/** The query list of the precision/recall tests: words, phrases, 发文字号 in variants, organs, one character. */
public final class SearchQueries {
    private SearchQueries() {
    }

    public static List<String> all() {
        List<String> q = new ArrayList<>(List.of(
                // words and phrases
                "技能人才", "产业工人", "营商环境", "高质量发展", "金融", "支付", "人民币", "反洗钱", "征信", "外汇",
                "数字经济", "乡村振兴", "新质生产力", "职业技能等级认定", "工会", "研修班", "劳模", "改革",
                "自本公告发布之日起废止", "现将有关事项通知如下", "请认真组织传达", "各省、自治区", "第一条", "附件",
                "2025年", "2022年11月", "百分之", "GDP", "％", "5%", "一、", "（一）",
                // 发文字号, canonical and variants
                "云产改办〔2022〕16号", "云产改办[2022]16号", "云产改办（2022）16 号", "银发〔2015〕264号",
                "银发[2015]264号", "银发（2015）264号", "银发〔2002〕280号", "公告〔2025〕第4号",
                // organ names
                "中国人民银行", "公安部", "国家外汇管理局", "云南省总工会", "山东省人民政府", "国务院", "财政部",
                "中国银行保险监督管理委员会", "省人大常委会",
                // one character
                "银", "省", "工", "号", "〔", "的", "鑫",
                // several words
                "技能人才 工会", "中国人民银行 公安部", "金融 云南", "反洗钱 支付 人民币",
                // absent
                "不存在的检索词语组合", "发|文机关"));
        return q;
    }
}

package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Observation;
import org.junit.jupiter.api.Test;

class CommitmentExtractorTest {

    private static String row(Commitment c) {
        return c.value().toPlainString() + " " + c.unit() + " " + c.comparator() + " " + c.deadline() + " "
                + c.recurrence() + " " + c.metric();
    }

    @Test
    void findsTheTwelveTargetsOfTheSample() throws Exception {
        DocumentRecord r = Records.extracted("sample.txt", Records.fixture("000_094778415718fb40.txt"), "2022-11-21");
        assertThat(r.commitments()).extracting(CommitmentExtractorTest::row).containsExactly(
                "5000000 人 >= 2025 null 技能人才总量",
                "1550000 人 >= 2025 null 高技能人才总量",
                "20000 名 >= 2025 null 产业工人党员新增",
                "50 名 >= 2025 null 推荐表彰全国劳模",
                "300 名 >= 2025 null 评选表彰省劳模",
                "100 名 = 2025 null 选树“云岭工匠”",
                "10 项 >= 2025 annual 省级劳动竞赛",
                "50 个 >= 2025 annual 职业（工种）的职工职业技能大赛",
                "284000 人 >= 2025 null 高职在校学生人数增加",
                "250000 人 >= 2025 null 技工院校新增招生",
                "5000000 人次 >= 2025 null 职业培训",
                "1000000 人次 >= 2025 annual 公共就业服务机构职业介绍");
        assertThat(r.commitments()).allMatch(c -> c.kind().equals("target"));
        Commitment first = r.commitments().get(0);
        assertThat(first.text()).isEqualTo("到2025年，全省技能人才总量达到500万人以上");
        assertThat(r.text().substring(first.start(), first.end())).isEqualTo(first.text());
        assertThat(first.scope()).isEqualTo("全省");
    }

    @Test
    void reportsTheSkillsTotalAsAnObservation() throws Exception {
        DocumentRecord r = Records.extracted("sample.txt", Records.fixture("000_094778415718fb40.txt"), "2022-11-21");
        assertThat(r.observations()).filteredOn(o -> o.metric().equals("技能人才总量"))
                .extracting(o -> o.value().toPlainString() + " " + o.unit() + " " + o.asOf())
                .containsExactly("4280000 人 2022-11-21");
    }

    @Test
    void aDeadlineAlreadyPastIsAResultNotAPledge() {
        String text = "到2025年，全省产业投资占比从26.7%提升到52.1%。";
        assertThat(Records.extracted("report.txt", text, "2026-01-28").commitments()).isEmpty();
        List<Commitment> pledged = Records.extracted("plan.txt", text, "2022-01-10").commitments();
        assertThat(pledged).extracting(CommitmentExtractorTest::row).containsExactly("52.1 % = 2025 null 产业投资占比");
    }

    @Test
    void yearGoalsOfAReportAreTargetsOfItsYear() {
        String text = "主要预期目标是：地区生产总值增长5%左右，城镇新增就业50万人以上，城镇调查失业率5.5%以内。";
        assertThat(Records.extracted("report.txt", text, "2026-01-28").commitments())
                .extracting(CommitmentExtractorTest::row).containsExactly(
                        "5 % ~ 2026 null 地区生产总值增长",
                        "500000 人 >= 2026 null 城镇新增就业",
                        "5.5 % <= 2026 null 城镇调查失业率");
    }

    @Test
    void resultsWithoutIntentAreNoTargets() {
        String text = "比如，山东省每年发布 100 项左右职工创新成果。今年，共有 88 项任务，200 多个细化指标。";
        assertThat(Records.extracted("speech.txt", text, "2022-11-21").commitments()).isEmpty();
    }

    @Test
    void rangesKeepTheirUpperBound() {
        String text = "到2027年，研发投入年均增长8%—10%。";
        Commitment c = Records.extracted("plan.txt", text, "2024-03-01").commitments().get(0);
        assertThat(c.value()).isEqualByComparingTo("8");
        assertThat(c.valueMax()).isEqualByComparingTo("10");
        assertThat(c.deadline()).isEqualTo("2027");
    }

    @Test
    void tasksNameTheirOwner() throws Exception {
        DocumentRecord r = Records.extracted("sample.txt", Records.fixture("000_094778415718fb40.txt"), "2022-11-21");
        List<Commitment> tasks = new CommitmentExtractor().tasks(r);
        assertThat(tasks).extracting(Commitment::owner).containsExactly("国资委", "工商联");
        assertThat(tasks.get(1).text()).isEqualTo("工商联等部门要加强对非公企业的引导和宣传教育。");
        assertThat(tasks).allMatch(t -> t.kind().equals("task") && t.value() == null);
    }

    @Test
    void observationsKeepTheirDate() {
        String text = "2021年，全省粮食产量达到1930万吨。";
        List<Observation> o = Records.extracted("report.txt", text, "2022-01-20").observations();
        assertThat(o).extracting(x -> x.metric() + " " + x.asOf()).containsExactly("粮食产量 2021");
    }
}

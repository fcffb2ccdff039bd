package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongwen.model.Commitment;
import org.gongwen.model.Observation;
import org.junit.jupiter.api.Test;

/** The index finds exactly the best score that scoring every target gives, wherever that best reaches the threshold. */
class TargetIndexTest {
    private static final List<String> METRICS = List.of("技能人才总量", "高技能人才总量", "技能人才", "“云岭工匠”数量",
            "云岭工匠", "新增就业人数", "城镇新增就业", "城镇新增就业人数", "产业工人党员", "全省技能人才总量",
            "GDP", "研发投入强度", "研发经费投入强度", "农村居民人均可支配收入", "城镇居民人均可支配收入", "城镇居民人均可支配收入水平", "x");
    private static final List<String> SCOPES = List.of("全省", "我省", "本省", "全市", "全国");
    private static final List<String> UNITS = List.of("人", "%", "元");

    @Test
    void bestEqualsTheMaximumOverEveryTarget() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<Commitment> targets = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                targets.add(new Commitment("target", "t", pick(random, METRICS, true), pick(random, SCOPES, true),
                        ">=", BigDecimal.ONE, null, pick(random, UNITS, true), "2025", null, null, null, 0, 1));
            }
            TargetIndex index = new TargetIndex(targets);
            for (int i = 0; i < 40; i++) {
                Observation o = new Observation(pick(random, METRICS, false), pick(random, SCOPES, true),
                        BigDecimal.TEN, pick(random, UNITS, false), "2024", "o", 0, 1);
                double brute = 0;
                for (Commitment c : targets) {
                    brute = Math.max(brute, MetricMatch.score(c, o));
                }
                double best = index.best(o);
                if (brute >= MetricMatch.THRESHOLD) {
                    assertThat(best).as(o.toString()).isEqualTo(brute);
                } else {
                    assertThat(best).as(o.toString()).isLessThan(MetricMatch.THRESHOLD);
                }
            }
        }
    }

    @Test
    void aNearPhraseOfTheSameScopeAndUnitReachesTheThreshold() {
        Commitment target = new Commitment("target", "t", "城镇新增就业人数", "全省", ">=", BigDecimal.ONE, null, "人",
                "2025", null, null, null, 0, 1);
        TargetIndex index = new TargetIndex(List.of(target));
        assertThat(index.best(new Observation("城镇新增就业", "我省", BigDecimal.TEN, "人", "2024", "o", 0, 1)))
                .isEqualTo(1.0);
        assertThat(index.best(new Observation("城镇新增就业", "全市", BigDecimal.TEN, "人", "2024", "o", 0, 1)))
                .isZero();
        assertThat(index.best(new Observation("城镇新增就业", null, BigDecimal.TEN, "%", "2024", "o", 0, 1)))
                .isZero();
        Commitment income = new Commitment("target", "t", "城镇居民人均可支配收入", null, ">=", BigDecimal.ONE, null,
                "元", "2025", null, null, null, 0, 1);
        Observation longer = new Observation("城镇居民人均可支配收入水平", null, BigDecimal.TEN, "元", "2024", "o", 0, 1);
        assertThat(new TargetIndex(List.of(income)).best(longer)).isEqualTo(20.0 / 22)
                .isEqualTo(MetricMatch.score(income, longer));
    }

    private static String pick(Random random, List<String> values, boolean nullable) {
        int i = random.nextInt(values.size() + (nullable ? 1 : 0));
        return i == values.size() ? null : values.get(i);
    }
}

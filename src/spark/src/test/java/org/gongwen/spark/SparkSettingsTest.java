package org.gongwen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {
    @Test
    void speculationAndRetriesAreOnByDefault() {
        SparkConf conf = SparkSettings.configure(new SparkConf(false), null);
        assertThat(conf.get("spark.master")).isEqualTo("local[*]");
        assertThat(conf.get("spark.speculation")).isEqualTo("true");
        assertThat(conf.get("spark.speculation.minTaskRuntime")).isEqualTo("5min");
        assertThat(conf.get("spark.task.maxFailures")).isEqualTo("4");
    }

    @Test
    void spark_submitsSettingsWinAndMasterOptionWinsOverThem() {
        SparkConf submitted = new SparkConf(false).set("spark.master", "yarn").set("spark.speculation", "false");
        SparkConf conf = SparkSettings.configure(submitted, null);
        assertThat(conf.get("spark.master")).isEqualTo("yarn");
        assertThat(conf.get("spark.speculation")).isEqualTo("false");
        assertThat(SparkSettings.configure(submitted, "local[2]").get("spark.master")).isEqualTo("local[2]");
    }
}

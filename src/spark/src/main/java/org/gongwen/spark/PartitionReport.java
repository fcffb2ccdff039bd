package org.gongwen.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one partition did: how many records it wrote and which documents failed. One report per partition reaches the
 * driver, so counts are exact even when Spark retries or speculates a task (only one attempt's result is kept).
 */
record PartitionReport(long records, List<Failure> failures) implements Serializable {
    PartitionReport {
        failures = List.copyOf(failures);
    }
}

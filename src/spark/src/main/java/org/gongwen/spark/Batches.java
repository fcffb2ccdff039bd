package org.gongwen.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Splits the files into partitions of about equal bytes, largest file first into the lightest partition (the LPT
 * rule). Bytes stand in for work: a scan's size grows with its pages, and OCR pages are the dominant cost.
 */
final class Batches {
    private Batches() {
    }

    static List<List<SourceEntry>> plan(List<SourceEntry> files, int partitions) {
        int count = Math.max(1, Math.min(partitions, files.size()));
        List<List<SourceEntry>> batches = new ArrayList<>();
        long[] load = new long[count];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(count,
                Comparator.<Integer>comparingLong(i -> load[i]).thenComparing(i -> i));
        for (int i = 0; i < count; i++) {
            batches.add(new ArrayList<>());
            lightest.add(i);
        }
        List<SourceEntry> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(SourceEntry::length).reversed().thenComparing(SourceEntry::path));
        for (SourceEntry file : bySize) {
            int target = lightest.poll();
            batches.get(target).add(file);
            load[target] += file.length() + 1; // + 1: an empty file still costs a document's work
            lightest.add(target);
        }
        return batches;
    }
}

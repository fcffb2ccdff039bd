package org.gongwen.register;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocumentRecord;

/**
 * The tasks of each record, remembered by the build's key of the record or by {@link RecordKey}: finding them (sentences, facts, duty rules) is the costly
 * per-document part of the register, and a build that adds one document only needs it for that one. Only the entries
 * used since loading are kept, so the memo never outgrows the archive.
 */
final class TaskMemo {
    private final Map<String, List<Commitment>> known;
    private final Map<String, List<Commitment>> used = new ConcurrentHashMap<>();
    private final AtomicInteger computed = new AtomicInteger();

    /** A memo of {@code known}, which it takes over (only read from then on, so no copy is needed). */
    TaskMemo(Map<String, List<Commitment>> known) {
        this.known = known;
    }

    static TaskMemo empty() {
        return new TaskMemo(Map.of());
    }

    /**
     * The record's tasks: remembered ones when its key ({@code given}, or its {@link RecordKey} when that is null) is
     * known, else {@code find}'s (thread-safe).
     */
    List<Commitment> tasks(DocumentRecord record, String given, Function<DocumentRecord, List<Commitment>> find) {
        String key = given != null ? given : RecordKey.of(record);
        List<Commitment> tasks = known.get(key);
        if (tasks == null) {
            tasks = used.get(key);
        }
        if (tasks == null) {
            tasks = List.copyOf(find.apply(record));
            computed.incrementAndGet();
        }
        used.put(key, tasks);
        return tasks;
    }

    /** How many records had to be read since loading (for tests and timing). */
    int computed() {
        return computed.get();
    }

    /** Whether the entries used are exactly the ones loaded (then there is nothing new to save). */
    boolean unchanged() {
        return used.keySet().equals(known.keySet());
    }

    /** The entries used since loading, in key order (so the file's bytes depend only on the archive). */
    SortedMap<String, List<Commitment>> used() {
        return new TreeMap<>(used);
    }
}

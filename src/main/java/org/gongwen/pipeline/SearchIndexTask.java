package org.gongwen.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.gongwen.search.SearchDocument;
import org.gongwen.search.SearchIndexBuilder;
import org.gongwen.search.WordMemo;

/**
 * The search index files of a build, made on a thread of their own with the word memo of {@code .cache/}, so the
 * {@link Publisher} can write the other outputs meanwhile. The files are the same as made in line: the index is a
 * pure function of the documents, and the memo only saves segmenting texts seen before.
 */
final class SearchIndexTask {
    private final FutureTask<Map<String, byte[]>> task;

    private SearchIndexTask(FutureTask<Map<String, byte[]>> task) {
        this.task = task;
    }

    /** Starts building the index of {@code documents} for the output folder {@code out}. */
    static SearchIndexTask start(Path out, List<SearchDocument> documents) {
        FutureTask<Map<String, byte[]>> task = new FutureTask<>(() -> build(out, documents));
        Thread thread = new Thread(task, "gongwen-search-index");
        thread.setDaemon(true);
        thread.start();
        return new SearchIndexTask(task);
    }

    private static Map<String, byte[]> build(Path out, List<SearchDocument> documents) throws IOException {
        WordMemoFile memoFile = new WordMemoFile(out.resolve(".cache/search-words.bin"), ToolVersion.current());
        WordMemo memo = memoFile.read();
        Map<String, byte[]> files = new SearchIndexBuilder(memo).build(documents);
        memoFile.write(memo);
        return files;
    }

    /** The index files by site-relative path, once made; an I/O failure of the task is thrown here. */
    Map<String, byte[]> files() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the search index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("search index failed", e.getCause());
        }
    }

    /**
     * Waits for the task when the build stops early, so no thread of it is still writing the memo once the build
     * (and its lock) is over.
     */
    void finish() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // reported by files(), or moot: the build has already failed
        }
    }
}

package org.gongwen.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.gongwen.search.BaseSegment;
import org.gongwen.search.SearchDocument;
import org.gongwen.search.SearchIndexBuilder;
import org.gongwen.search.WordMemo;

/**
 * The search index files of a build, made on a thread of their own with the word memo of {@code .cache/} (or of the
 * {@link BuildMemory}), so the {@link Publisher} can write the other outputs meanwhile. The memo only saves
 * segmenting texts seen before. The live index's base segment is kept ({@link SearchIndexBuilder#update}) when
 * {@code .cache/search-base.json} describes it and the live site publishes it. The memo and the base are saved by
 * {@link #finish()}, once the site is live: neither is on the way to the new site.
 */
final class SearchIndexTask {
    private final FutureTask<SearchIndexBuilder.Update> task;
    private final WordMemoFile memoFile;
    private final SearchBaseFile baseFile;
    private final Path site;
    private final BuildMemory memory;
    private volatile WordMemo memo;
    private volatile boolean published;

    private SearchIndexTask(Path out, BuildMemory memory, List<SearchDocument> documents) {
        this.memoFile = new WordMemoFile(out.resolve(".cache/search-words.bin"), ToolVersion.current());
        this.baseFile = new SearchBaseFile(out.resolve(".cache/search-base.json"), ToolVersion.current());
        this.site = out.resolve("site");
        this.memory = memory;
        this.task = new FutureTask<>(() -> build(documents));
    }

    /** Starts building the index of {@code documents} for the output folder {@code out}. */
    static SearchIndexTask start(Path out, BuildMemory memory, List<SearchDocument> documents) {
        SearchIndexTask search = new SearchIndexTask(out, memory, documents);
        Thread thread = new Thread(search.task, "gongwen-search-index");
        thread.setDaemon(true);
        thread.start();
        return search;
    }

    private SearchIndexBuilder.Update build(List<SearchDocument> documents) {
        WordMemo remembered = memory.words();
        memo = remembered != null ? remembered : memoFile.read();
        BaseSegment base = baseFile.read();
        return new SearchIndexBuilder(memo).update(documents, base != null && base.isPublishedIn(site) ? base : null);
    }

    /**
     * The index files by site-relative path and the live files the index keeps, once made; an I/O failure of the
     * task is thrown here.
     */
    SearchIndexBuilder.Update files() throws IOException {
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

    /** Says the index is live: {@link #finish()} then saves its base segment for the next build. */
    void published() {
        published = true;
    }

    /**
     * Waits for the task (when the build stopped early, so no thread of it outlives the build and its lock), then
     * saves the word memo of an index that was made, and hands it to the memory for the next build of the process;
     * and the base segment of an index that went live.
     */
    void finish() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | CancellationException e) {
            return;      // reported by files(), or moot: the build has already failed
        }
        WordMemo made = memo;
        memory.rememberWords(made.next());
        // the site is live already; without the memo the next process segments every text again, only slower, so a
        // memory that is not saved is also not remembered as saved: the next build reads the file and saves anew
        memory.save(() -> memoFile.write(made), () -> memory.rememberWords(null));
        if (published) {
            try {
                baseFile.write(task.get().base());
            } catch (IOException | InterruptedException | ExecutionException e) {
                // without it the next build indexes every document again, which is only slower
            }
        }
    }
}

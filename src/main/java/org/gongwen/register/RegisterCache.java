package org.gongwen.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongwen.json.RecordJson;
import org.gongwen.model.Commitment;
import org.gongwen.publish.AtomicFiles;

/**
 * What a build of the register can reuse from the last one, in one file ({@code .cache/register.json}): the tasks of
 * every document by {@link RecordKey}. Headed by the tool version, so nothing is reused by code that would compute it
 * differently. Written atomically; a missing, damaged or foreign file only means computing everything again.
 *
 * <p>Example: {@code cache = RegisterCache.load(out.resolve(".cache/register.json"), version);
 * register = cache.builder().build(inputs); cache.save();}
 */
public final class RegisterCache {
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = RecordJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    /** The file's content. */
    record Stored(int format, String version, Map<String, List<Commitment>> tasks) {
    }

    private final Path file;
    private final String version;
    private final TaskMemo memo;

    private RegisterCache(Path file, String version, TaskMemo memo) {
        this.file = file;
        this.version = version;
        this.memo = memo;
    }

    /** The cache in {@code file} when it was written by this {@code toolVersion}, else an empty one. */
    public static RegisterCache load(Path file, String toolVersion) {
        try {
            Stored s = JSON.readValue(file.toFile(), Stored.class);
            if (s.format() == FORMAT && toolVersion.equals(s.version()) && s.tasks() != null
                    && s.tasks().values().stream().allMatch(Objects::nonNull)) {
                return new RegisterCache(file, toolVersion, new TaskMemo(s.tasks()));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged or missing cache is an empty one: everything is recomputed
        }
        return new RegisterCache(file, toolVersion, TaskMemo.empty());
    }

    /** A builder that reuses the remembered tasks. */
    public RegisterBuilder builder() {
        return new RegisterBuilder(memo);
    }

    /** Saves the tasks used by this build (nothing when they are the ones read). */
    public void save() throws IOException {
        if (memo.unchanged() && Files.isRegularFile(file)) {
            return;
        }
        AtomicFiles.write(file, JSON.writeValueAsBytes(new Stored(FORMAT, version, memo.used())));
    }

    /** Records whose tasks had to be found in this build (the rest came from the cache). */
    int computed() {
        return memo.computed();
    }
}

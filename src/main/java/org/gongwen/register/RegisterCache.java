package org.gongwen.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongwen.json.RecordJson;
import org.gongwen.model.Commitment;
import org.gongwen.model.Register;
import org.gongwen.publish.AtomicFiles;

/**
 * What a build of the register can reuse from the last one, in one file ({@code .cache/register.json}): the tasks of
 * every document by {@link RecordKey}, and the hash of the register last exported. Headed by the tool version, so
 * nothing is reused by code that would compute it differently. Written atomically; a missing, damaged or foreign file
 * only means computing everything again.
 *
 * <p>Example: {@code cache = RegisterCache.load(out.resolve(".cache/register.json"), version);
 * register = cache.builder().build(inputs); cache.export(register, out.resolve("register")); cache.save();}
 */
public final class RegisterCache {
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = RecordJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    /** The file's content. */
    record Stored(int format, String version, String exported, Map<String, List<Commitment>> tasks) {
    }

    private final Path file;
    private final String version;
    private final TaskMemo memo;
    private final String loadedExport;
    private String exported;

    private RegisterCache(Path file, String version, TaskMemo memo, String exported) {
        this.file = file;
        this.version = version;
        this.memo = memo;
        this.loadedExport = exported;
        this.exported = exported;
    }

    /** The cache in {@code file} when it was written by this {@code toolVersion}, else an empty one. */
    public static RegisterCache load(Path file, String toolVersion) {
        try {
            Stored s = JSON.readValue(file.toFile(), Stored.class);
            if (s.format() == FORMAT && toolVersion.equals(s.version()) && s.tasks() != null
                    && s.tasks().values().stream().allMatch(Objects::nonNull)) {
                return new RegisterCache(file, toolVersion, new TaskMemo(s.tasks()), s.exported());
            }
        } catch (IOException | RuntimeException e) {
            // a damaged or missing cache is an empty one: everything is recomputed
        }
        return new RegisterCache(file, toolVersion, TaskMemo.empty(), null);
    }

    /** A builder that reuses the remembered tasks. */
    public RegisterBuilder builder() {
        return new RegisterBuilder(memo);
    }

    /**
     * Writes the register's files into {@code dir} unless they already hold this register, as written by this tool
     * version (the XLSX is costly to encode); returns whether it wrote.
     */
    public boolean export(Register register, Path dir) throws IOException {
        byte[] json = RegisterExporter.json(register);
        String hash = sha256(json);
        if (hash.equals(exported) && written(dir, json)) {
            return false;
        }
        new RegisterExporter().writeAll(register, dir, json);
        exported = hash;
        return true;
    }

    /** The JSON is written last, so when it is there with these bytes, the other files are complete too. */
    private static boolean written(Path dir, byte[] json) throws IOException {
        Path jsonFile = dir.resolve(RegisterExporter.JSON_FILE);
        return RegisterExporter.OTHER_FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))
                && Files.isRegularFile(jsonFile) && Files.size(jsonFile) == json.length
                && Arrays.equals(Files.readAllBytes(jsonFile), json);
    }

    /** Saves the tasks used by this build and the export's hash (nothing when both are the ones read). */
    public void save() throws IOException {
        if (memo.unchanged() && Objects.equals(exported, loadedExport) && Files.isRegularFile(file)) {
            return;
        }
        AtomicFiles.write(file, JSON.writeValueAsBytes(new Stored(FORMAT, version, exported, memo.used())));
    }

    /** Records whose tasks had to be found in this build (the rest came from the cache). */
    int computed() {
        return memo.computed();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

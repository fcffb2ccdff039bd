package org.gongwen.site;

import org.gongwen.publish.AtomicFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code .cache/site-pages.bin}: the {@link SiteMemo} of the live site, headed by the tool version and base URL, so
 * that pages rendered by other code or for another URL are never kept. {@link #take} deletes the file as it reads
 * it and {@link #write} saves the next one only after the new site is live: a build that dies in between leaves no
 * memo (everything is rendered next time) rather than one that describes a site that is not the live one. Written
 * atomically; a missing, damaged or foreign file is read as the empty memo.
 */
public final class SiteMemoFile {
    private static final String FORMAT = "gongwen-site-memo-1";
    private final Path file;
    private final String toolVersion;

    /** @param toolVersion the version of the code that renders pages (a page kept must be one this code renders) */
    public SiteMemoFile(Path file, String toolVersion) {
        this.file = file;
        this.toolVersion = toolVersion;
    }

    /** Reads the memo and removes the file. */
    SiteMemo take(String baseUrl) {
        try {
            SiteMemo memo = read(Files.readAllBytes(file), baseUrl);
            Files.delete(file);
            return memo;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a memo that cannot be deleted cannot be read either (the header check fails when it is stale)
            }
            return SiteMemo.empty();
        }
    }

    void write(SiteMemo memo, String baseUrl) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(toolVersion);
            out.writeUTF(baseUrl);
            writeMap(out, memo.citations);
            writeMap(out, memo.pages);
            out.writeInt(memo.spans.size());
            for (Map.Entry<String, DocumentSpans> e : new TreeMap<>(memo.spans).entrySet()) {
                DocumentSpans s = e.getValue();
                out.writeUTF(e.getKey());
                out.writeUTF(s.recordHash());
                out.writeUTF(s.digest());
                out.writeInt(s.targets().size());
                for (String t : s.targets()) {
                    out.writeUTF(t);
                }
                out.writeInt(s.lookups().length);
                for (long h : s.lookups()) {
                    out.writeLong(h);
                }
            }
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private SiteMemo read(byte[] bytes, String baseUrl) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(toolVersion) || !in.readUTF().equals(baseUrl)) {
            return SiteMemo.empty();
        }
        SiteMemo memo = SiteMemo.empty();
        readMap(in, memo.citations);
        readMap(in, memo.pages);
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            String recordHash = in.readUTF();
            String digest = in.readUTF();
            List<String> targets = new ArrayList<>();
            for (int t = in.readInt(); t > 0; t--) {
                targets.add(in.readUTF());
            }
            int count = in.readInt();
            if (count < 0 || count > bytes.length / Long.BYTES) {
                throw new IOException("bad lookup count in " + file);
            }
            long[] lookups = new long[count];
            for (int k = 0; k < lookups.length; k++) {
                lookups[k] = in.readLong();
                // DocumentSpans.holds searches them: unsorted (damaged) hashes could hide a changed lookup
                if (k > 0 && lookups[k] <= lookups[k - 1]) {
                    throw new IOException("unsorted lookups in " + file);
                }
            }
            memo.spans.put(id, new DocumentSpans(recordHash, lookups, List.copyOf(targets), digest));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes in " + file);
        }
        return memo;
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static void readMap(DataInputStream in, Map<String, String> map) throws IOException {
        for (int n = in.readInt(); n > 0; n--) {
            map.put(in.readUTF(), in.readUTF());
        }
    }
}

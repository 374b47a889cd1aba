package org.ratingspipeline.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input file as found on disk: its SHA-256 (which identifies a run), its size and the character
 * set it is written in. One pass over the bytes gives all three, so even a large file is read once
 * before the job starts.
 */
public record SourceFile(Path path, String sha256, long bytes, Charset charset, boolean byteOrderMark) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public String fileName() {
        return path.getFileName().toString();
    }

    /** Refused on its type alone, before a byte is read: a missing path, a folder, a device, no permission. */
    private static void requireReadableFile(Path path, String description) {
        if (!Files.exists(path)) {
            throw new InputFileException("The " + description + " file " + path + " does not exist.");
        }
        if (Files.isDirectory(path)) {
            throw new InputFileException("The " + description + " file " + path + " is a folder, not a file.");
        }
        // A device or a named pipe would never end (/dev/zero) or block until a writer comes (a FIFO):
        // refused on its type alone, before a byte is read.
        if (!Files.isRegularFile(path)) {
            throw new InputFileException("The " + description + " file " + path + " is a device, not a file.");
        }
        if (!Files.isReadable(path)) {
            throw new InputFileException("The " + description + " file " + path + " cannot be read (no permission).");
        }
    }

    public static SourceFile inspect(Path path, String description) {
        requireReadableFile(path, description);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        Utf8Scan utf8 = new Utf8Scan();
        long total = 0;
        byte[] first = new byte[3];
        int firstCount = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n && firstCount < 3; i++) {
                    first[firstCount++] = buffer[i];
                }
                if (!utf8.feed(buffer, n)) {
                    throw new InputFileException("The " + description + " file " + path
                            + " is not a text file (it contains a NUL byte near byte " + (total + utf8.nulAt) + ").");
                }
                total += n;
            }
        } catch (IOException e) {
            throw new InputFileException("The " + description + " file " + path + " cannot be read: " + e.getMessage(),
                    e);
        }
        if (total == 0) {
            throw new InputFileException("The " + description + " file " + path + " is empty.");
        }
        boolean bom = firstCount == 3 && (first[0] & 0xff) == 0xEF && (first[1] & 0xff) == 0xBB && (first[2] & 0xff)
                == 0xBF;
        Charset charset = utf8.valid() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new SourceFile(path, HexFormat.of().formatHex(digest.digest()), total, charset, bom);
    }

    /**
     * Tells UTF-8 from Windows-1252 (the other encoding Excel writes CSV in) by checking that every
     * multi-byte sequence is well formed; also spots NUL bytes, which no text file contains.
     */
    private static final class Utf8Scan {
        private int pendingContinuations;
        private boolean valid = true;
        private int nulAt = -1;

        boolean feed(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                int b = buffer[i] & 0xff;
                if (b == 0) {
                    nulAt = i;
                    return false;
                }
                if (!valid) {
                    continue;
                }
                if (pendingContinuations > 0) {
                    if ((b & 0xC0) == 0x80) {
                        pendingContinuations--;
                    } else {
                        valid = false;
                    }
                } else if (b >= 0x80) {
                    if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
                        pendingContinuations = 1;
                    } else if ((b & 0xF0) == 0xE0) {
                        pendingContinuations = 2;
                    } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
                        pendingContinuations = 3;
                    } else {
                        valid = false;
                    }
                }
            }
            return true;
        }

        boolean valid() {
            return valid && pendingContinuations == 0;
        }
    }
}

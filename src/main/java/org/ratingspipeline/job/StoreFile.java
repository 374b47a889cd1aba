package org.ratingspipeline.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The H2 store file ({@code data/ratings.mv.db}) as found before the database opens it. H2 meets a
 * damaged file three ways: an empty or badly truncated one is silently started afresh (the run
 * history restarts at run 1), others fail with "File is corrupted". This reads only the file's
 * header and the chunk it names, so it takes a millisecond whatever the store's size, and never
 * writes. A store whose header names no chunk (never closed cleanly) can only be checked for its
 * size: H2 finds its chunks by scanning, and a wrong guess here would set a good store aside.
 */
record StoreFile(Path path) {

    private static final int HEADER_BYTES = 4096;

    /** The H2 file of a JDBC URL, when it names an embedded file database ({@code jdbc:h2:file:./data/ratings;...}). */
    static Optional<StoreFile> ofUrl(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("(mem|tcp|ssl|zip|split|nio\\w*):.*")) {
            return Optional.empty();
        }
        if (name.startsWith("~/")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(new StoreFile(Path.of(name + ".mv.db")));
    }

    /** Why the file cannot be a whole store; empty when it is one, or does not exist yet (a new store is no loss). */
    Optional<String> damage() throws IOException {
        if (!Files.exists(path) || inUse()) {
            return Optional.empty();
        }
        long size = Files.size(path);
        if (size == 0) {
            return Optional.of("it is empty");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            Map<String, String> header = fields(read(channel, 0, HEADER_BYTES));
            if (!header.containsKey("H")) {
                header = fields(read(channel, HEADER_BYTES, HEADER_BYTES));
            }
            if (!"2".equals(header.get("H")) || !header.containsKey("blockSize")) {
                return Optional.of("it does not start with an H2 store header (" + size + " bytes)");
            }
            long blockSize = hex(header.get("blockSize"));
            if (!header.containsKey("block")) {
                // Never closed cleanly (a first run killed): H2 finds its chunks by scanning, so only the size can be
                // checked here, against the two header blocks every store has.
                return size >= 2 * blockSize ? Optional.empty()
                        : Optional.of("it is truncated to " + size + " bytes, shorter than its header");
            }
            long block = hex(header.get("block"));
            Map<String, String> chunk = fields(read(channel, block * blockSize, HEADER_BYTES));
            if (!chunk.containsKey("chunk") || !chunk.containsKey("len")
                    || (block + hex(chunk.get("len"))) * blockSize > size) {
                return Optional.of("it is truncated: its header names data at byte " + block * blockSize
                        + " that the file's " + size + " bytes do not hold whole");
            }
        } catch (NumberFormatException e) {
            return Optional.of("its header cannot be read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /**
     * H2 keeps a lock file beside a store it has open (and a killed process leaves it behind): such a
     * store may be being written this very moment, so it is left to H2 rather than judged half-written.
     */
    private boolean inUse() {
        String name = path.getFileName().toString();
        return Files.exists(path.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + ".lock.db"));
    }

    private static String read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read until the buffer is full or the file ends
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }

    /** H2's header and chunk headers are {@code key:value,key:value...}, ended by a newline or padding. */
    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        for (String pair : line.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                fields.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    private static long hex(String value) {
        return Long.parseLong(value, 16);
    }
}

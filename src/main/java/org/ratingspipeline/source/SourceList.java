package org.ratingspipeline.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files an option names, in order: a comma-separated list, in which a folder stands for the
 * {@code .csv} files directly in it, in name order (so {@code 01-...} comes before {@code 02-...}).
 * Files are told apart by name in the data-quality table, so two files of one name are refused.
 */
public final class SourceList {

    private SourceList() {
    }

    /**
     * @throws IllegalArgumentException when an entry is empty, a folder holds no CSV file, or two files share a name
     */
    public static List<Path> expand(String option) {
        List<Path> files = new ArrayList<>();
        for (String entry : option.split(",", -1)) {
            if (entry.isBlank()) {
                throw new IllegalArgumentException("'" + option + "' has an empty entry in its comma-separated list");
            }
            Path path = Path.of(entry.strip());
            files.addAll(Files.isDirectory(path) ? csvFilesIn(path) : List.of(path));
        }
        Map<String, Path> byName = new HashMap<>();
        for (Path f : files) {
            Path other = byName.putIfAbsent(f.getFileName().toString(), f);
            if (other != null) {
                throw new IllegalArgumentException(other + " and " + f + " have the same file name; the data-quality "
                        + "table tells files apart by name, so rename one");
            }
        }
        return files;
    }

    private static List<Path> csvFilesIn(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> csv =
                    listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (csv.isEmpty()) {
                throw new IllegalArgumentException("the folder " + folder + " holds no .csv file");
            }
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}

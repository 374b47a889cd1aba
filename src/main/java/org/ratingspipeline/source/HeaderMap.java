package org.ratingspipeline.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each known field sits in a file's header. Header names match case- and
 * space-insensitively ({@code LA code}, {@code la_code} and {@code La-Code} are the same name).
 */
public final class HeaderMap<F extends Enum<F> & SourceField> {

    private final Map<F, Integer> positions;
    private final Map<F, String> headerTexts;
    private final List<String> unknownColumns;
    private final List<Duplicate> duplicates;

    /** A field named by a second column; columns are numbered from 1, as a spreadsheet user counts them. */
    public record Duplicate(String field, String firstText, int firstColumn, String secondText, int secondColumn) {

        public String describe() {
            return "two columns for " + field + ": '" + firstText + "' (column " + firstColumn + ") and '" + secondText
                    + "' (column " + secondColumn + ")";
        }
    }

    private HeaderMap(Map<F, Integer> positions, Map<F, String> headerTexts, List<String> unknownColumns,
                      List<Duplicate> duplicates) {
        this.positions = positions;
        this.headerTexts = headerTexts;
        this.unknownColumns = List.copyOf(unknownColumns);
        this.duplicates = List.copyOf(duplicates);
    }

    public static <F extends Enum<F> & SourceField> HeaderMap<F> match(String[] header, Class<F> fields) {
        Map<String, F> byName = new HashMap<>();
        for (F field : fields.getEnumConstants()) {
            for (String name : field.headerNames()) {
                byName.put(normalise(name), field);
            }
        }
        Map<F, Integer> positions = new EnumMap<>(fields);
        Map<F, String> texts = new EnumMap<>(fields);
        List<String> unknown = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String text = header[i] == null ? "" : header[i].strip();
            F field = byName.get(normalise(text));
            if (field == null) {
                if (!text.isEmpty()) {
                    unknown.add(text);
                }
            } else if (positions.containsKey(field)) {
                // Kept as the first, and recorded: the reader refuses a file that names a field twice.
                duplicates.add(new Duplicate(field.column(), texts.get(field), positions.get(field) + 1, text, i + 1));
            } else {
                positions.put(field, i);
                texts.put(field, text);
            }
        }
        return new HeaderMap<>(positions, texts, unknown, duplicates);
    }

    /** Lower case, every run of characters other than letters and digits folded to one space. */
    public static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public boolean has(F field) {
        return positions.containsKey(field);
    }

    public Optional<Integer> position(F field) {
        return Optional.ofNullable(positions.get(field));
    }

    /** The header text as the file wrote it, for messages that name a column the way the researcher sees it. */
    public String headerText(F field) {
        return headerTexts.getOrDefault(field, field.column());
    }

    public List<String> unknownColumns() {
        return unknownColumns;
    }

    /** Fields the header names more than once, in the order the second column appears. */
    public List<Duplicate> duplicates() {
        return duplicates;
    }

    int index(F field) {
        Integer position = positions.get(field);
        return position == null ? -1 : position;
    }
}

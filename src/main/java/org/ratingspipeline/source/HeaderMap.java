package org.ratingspipeline.source;

import java.util.ArrayList;
import java.util.EnumMap;
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

    private HeaderMap(Map<F, Integer> positions, Map<F, String> headerTexts, List<String> unknownColumns) {
        this.positions = positions;
        this.headerTexts = headerTexts;
        this.unknownColumns = List.copyOf(unknownColumns);
    }

    public static <F extends Enum<F> & SourceField> HeaderMap<F> match(String[] header, Class<F> fields) {
        Map<String, F> byName = new java.util.HashMap<>();
        for (F field : fields.getEnumConstants()) {
            for (String name : field.headerNames()) {
                byName.put(normalise(name), field);
            }
        }
        Map<F, Integer> positions = new EnumMap<>(fields);
        Map<F, String> texts = new EnumMap<>(fields);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String text = header[i] == null ? "" : header[i].strip();
            F field = byName.get(normalise(text));
            // The first column with a name wins: a second "Inspection date" must not silently replace it.
            if (field != null && !positions.containsKey(field)) {
                positions.put(field, i);
                texts.put(field, text);
            } else if (!text.isEmpty()) {
                unknown.add(text);
            }
        }
        return new HeaderMap<>(positions, texts, unknown);
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

    int index(F field) {
        Integer position = positions.get(field);
        return position == null ? -1 : position;
    }
}

package org.ratingspipeline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Numbers notes in the order a reader meets them. Tables are built in reading order and ask for
 * their note markers as they go; the Notes sheet then lists exactly the notes referred to.
 */
public final class Notes {

    private final Map<String, String> texts;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** @param texts the text of each note, by a key the table builders use */
    public Notes(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The marker for one or more notes, e.g. {@code [note 1]} or {@code [note 1,3]}. */
    public String ref(String... keys) {
        List<Integer> ids = new ArrayList<>();
        for (String key : keys) {
            if (!texts.containsKey(key)) {
                throw new IllegalArgumentException("no note " + key);
            }
            ids.add(numbers.computeIfAbsent(key, k -> numbers.size() + 1));
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[note ", "]"));
    }

    /** The notes referred to so far, numbered: {@code [note 1]} and its text. */
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        numbers.forEach((key, n) -> rows.add(List.of("[note " + n + "]", texts.get(key))));
        return rows;
    }
}

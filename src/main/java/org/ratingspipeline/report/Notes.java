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

    private final Map<String, Note> notes = new LinkedHashMap<>();

    /** The marker for one or more notes, e.g. {@code [note 1]} or {@code [note 1,3]}. */
    public String ref(Note... refs) {
        List<Integer> ids = new ArrayList<>();
        for (Note note : refs) {
            Note known = notes.putIfAbsent(note.key(), note);
            if (known != null && !known.text().equals(note.text())) {
                throw new IllegalArgumentException("two texts for note " + note.key());
            }
            ids.add(number(note.key()));
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[note ", "]"));
    }

    private int number(String key) {
        int n = 1;
        for (String k : notes.keySet()) {
            if (k.equals(key)) {
                return n;
            }
            n++;
        }
        throw new IllegalStateException(key);
    }

    /** The notes referred to so far, numbered: {@code [note 1]} and its text. */
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Note note : notes.values()) {
            rows.add(List.of("[note " + n++ + "]", note.text()));
        }
        return rows;
    }
}

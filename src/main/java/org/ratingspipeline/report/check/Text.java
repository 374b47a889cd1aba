package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text patterns of the standard: note markers, shorthand tokens, unit lines. */
final class Text {

    /** {@code [note 1]} or {@code [note 1,2]} / {@code [note 1, 2]} as gptables writes several notes. */
    static final Pattern NOTE_MARKER = Pattern.compile("\\[note (\\d{1,6}(?:, ?\\d{1,6})*)\\]");

    /** The id column of the notes table. */
    static final Pattern NOTE_ID = Pattern.compile("^\\[note (\\d{1,6})\\]$");

    /** A cell that holds only shorthand, e.g. {@code [x]} or {@code [r][e]}. */
    static final Pattern SHORTHAND_CELL = Pattern.compile("^(\\[[a-z]+\\])+$");

    /** Any bracketed token; note markers are filtered out by {@link #shorthandTokens}. */
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private static final Pattern UNIT_LINE = Pattern.compile("^\\(.*\\S.*\\)$");

    private static final Pattern YEAR_HEADER = Pattern.compile("(?i)\\b(year|years)\\b");

    private Text() {
    }

    /** Note numbers referenced in the text, in order of appearance. */
    static List<Integer> noteNumbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NOTE_MARKER.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split(", ?")) {
                numbers.add(Integer.parseInt(part));
            }
        }
        return numbers;
    }

    /** Removes note markers the way gptables does for contents descriptions, then tidies spaces. */
    static String stripNotes(String text) {
        return normaliseSpace(NOTE_MARKER.matcher(text).replaceAll(" "));
    }

    static String normaliseSpace(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Bracketed tokens that are not note markers, e.g. {@code x} and {@code low}. */
    static List<String> shorthandTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String token = m.group(1);
            if (!token.toLowerCase(Locale.ROOT).startsWith("note")) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** A header line after the first that is a unit in round brackets, e.g. {@code (%)}. */
    static boolean hasUnitLine(String header) {
        String[] lines = header.split("\\R");
        for (int i = 1; i < lines.length; i++) {
            if (UNIT_LINE.matcher(lines[i].strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds any of the characters: what a pattern needs before it can match, asked in one pass
     * before the pattern runs, since most cells hold none of them.
     */
    static boolean containsAnyOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a header names: its lines before its unit line or its note markers' line, as one line. A long name is
     * written over several lines, so that it wraps where the writer estimated and not where a program's font
     * happens to fill the column.
     */
    static String name(String header) {
        StringBuilder name = new StringBuilder();
        for (String line : header.split("\\R")) {
            String text = line.strip();
            if (!name.isEmpty() && (UNIT_LINE.matcher(text).matches() || text.startsWith("[note"))) {
                break;
            }
            name.append(name.isEmpty() ? "" : " ").append(text);
        }
        return name.toString();
    }

    /** Year columns hold numbers without a unit and must not get thousands separators. */
    static boolean isYearHeader(String header) {
        return !hasUnitLine(header) && YEAR_HEADER.matcher(name(header)).find();
    }
}

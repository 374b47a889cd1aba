package org.ratingspipeline.profile;

import java.util.Collection;
import java.util.Locale;

/**
 * The names of one authority's profile sheets: {@code Profile_} + the authority's name abbreviated to at most
 * {@value #NAME_CHARS} characters + a part ({@code judgements}, {@code spend}, ...), so every name follows the
 * workbook's rule (a letter first, then letters, digits and underscores, at most 31 characters). Two authorities whose
 * names abbreviate alike are told apart by their old LA code ({@code Profile_Kingsto_314_spend}).
 *
 * @param abbreviation the authority's part of each sheet name
 * @param oldCode the authority's old LA code, which keys its tables ({@code table_12_profile_306_spend})
 */
public record ProfileSheets(String abbreviation, String oldCode) {

    /** Sheet names are at most 31 characters: "Profile_" (8), the name, "_" and a part of at most 11. */
    static final int NAME_CHARS = 11;
    static final int PART_CHARS = 11;
    private static final String PREFIX = "Profile_";

    public ProfileSheets {
        if (!abbreviation.matches("[A-Za-z][A-Za-z0-9_]{0," + (NAME_CHARS - 1) + "}")) {
            throw new IllegalArgumentException("profile sheet abbreviation '" + abbreviation + "'");
        }
    }

    /** The sheets of an authority, abbreviated unlike any of {@code taken}. */
    static ProfileSheets of(String name, String oldCode, Collection<String> taken) {
        String cleaned = name.replace("&", " and ").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String words = cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))
                ? "LA" + (cleaned.isEmpty() ? "" : "_" + cleaned) : cleaned;
        String abbreviation = cut(words, NAME_CHARS);
        if (taken.stream().anyMatch(abbreviation::equalsIgnoreCase)) {
            abbreviation = cut(words, NAME_CHARS - 4) + "_" + oldCode;
        }
        return new ProfileSheets(abbreviation, oldCode);
    }

    private static String cut(String words, int length) {
        return words.substring(0, Math.min(length, words.length())).replaceAll("_+$", "");
    }

    /** The sheet of one part, e.g. {@code Profile_Croydon_judgements}. */
    public String name(String part) {
        if (!part.matches("[a-z][a-z0-9_]{0," + (PART_CHARS - 1) + "}")) {
            throw new IllegalArgumentException("profile sheet part '" + part + "' is not 1 to " + PART_CHARS
                    + " lower-case letters, digits and underscores");
        }
        return PREFIX + abbreviation + "_" + part;
    }

    /** The key of one part's table or chart, e.g. {@code profile_306_judgements}. */
    public String key(String part) {
        return "profile_" + oldCode + "_" + part.toLowerCase(Locale.ROOT);
    }
}

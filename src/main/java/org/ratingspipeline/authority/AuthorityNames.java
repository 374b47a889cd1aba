package org.ratingspipeline.authority;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal form of an authority name, so that the spellings of DfE, Ofsted and the press meet:
 * {@code Bristol, City of} = {@code Bristol}, {@code St. Helens} = {@code St Helens},
 * {@code Telford & Wrekin} = {@code Telford and Wrekin}, {@code Southend-On-Sea} = {@code Southend-on-Sea}.
 */
public final class AuthorityNames {

    // Compiled once: every row that names its authority is matched by its normal form.
    private static final Pattern CEREMONIAL_FORM = Pattern.compile(",\\s*(city|county|royal borough|borough) of\\s*$");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AuthorityNames() {
    }

    public static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("&", " and ");
        // DfE writes the ceremonial form last ("Bristol, City of"); the name itself comes first.
        n = CEREMONIAL_FORM.matcher(n).replaceAll("");
        n = n.replace(".", "").replace("'", "").replace("\u2019", "");
        return NOT_LETTERS_OR_DIGITS.matcher(n).replaceAll(" ").strip();
    }
}

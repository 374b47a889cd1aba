package org.ratingspipeline.authority;

import java.util.Locale;

/**
 * Normal form of an authority name, so that the spellings of DfE, Ofsted and the press meet:
 * {@code Bristol, City of} = {@code Bristol}, {@code St. Helens} = {@code St Helens},
 * {@code Telford & Wrekin} = {@code Telford and Wrekin}, {@code Southend-On-Sea} = {@code Southend-on-Sea}.
 */
public final class AuthorityNames {

    private AuthorityNames() {
    }

    public static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("&", " and ");
        // DfE writes the ceremonial form last ("Bristol, City of"); the name itself comes first.
        n = n.replaceAll(",\\s*(city|county|royal borough|borough) of\\s*$", "");
        n = n.replace(".", "").replace("'", "").replace("\u2019", "");
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

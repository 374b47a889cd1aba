package org.ratingspipeline.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.AuthorityRegister.Identifier;
import org.ratingspipeline.authority.Resolution;
import org.springframework.stereotype.Component;

/**
 * The authorities {@code --profile} names, resolved through DfE's register as inspection rows are: by
 * name (with the names authorities go by, {@code Bristol, City of} = {@code Bristol}), by the DfE
 * three-digit code or by the ONS code. An authority abolished before the reporting date (Cumbria) can
 * still be profiled: its history is in the store.
 */
@Component
public class ProfileAuthorities {

    private static final Pattern OLD_CODE = Pattern.compile("\\d{3}");
    private static final Pattern ONS_CODE = Pattern.compile("(?i)E\\d{8}");

    private final AuthorityRegister register;

    public ProfileAuthorities(AuthorityRegister register) {
        this.register = register;
    }

    /**
     * The old LA codes of the authorities named, each once, in the order first asked.
     *
     * @param values the option's values, each a name or code or several separated by commas
     * @throws IllegalArgumentException naming the first value that is no authority, in one line
     */
    public List<String> resolve(List<String> values, LocalDate asOf) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            // Commas separate authorities, but some names have one ("Bristol, City of"): at each place the longest
            // run of parts that names an authority is taken.
            String[] parts = value.split(",", -1);
            int i = 0;
            while (i < parts.length) {
                if (parts[i].isBlank()) {
                    throw new IllegalArgumentException("--profile needs the name or code of a local authority");
                }
                String found = null;
                int j = parts.length;
                for (; j > i && found == null; j--) {
                    found = resolve(String.join(",", Arrays.asList(parts).subList(i, j)).strip(), asOf);
                }
                if (found == null) {
                    throw new IllegalArgumentException("--profile '" + parts[i].strip().replaceAll("\\p{Cntrl}", "?")
                            + "' is not a local authority in DfE's register: give its name (Croydon), its three-digit"
                            + " DfE code (306) or its ONS code (E09000008)");
                }
                codes.add(found);
                i = j + 1;
            }
        }
        return new ArrayList<>(codes);
    }

    /** The old LA code of the authority named, or null. */
    private String resolve(String asked, LocalDate asOf) {
        Identifier oldCode = OLD_CODE.matcher(asked).matches() ? Identifier.of("--profile", asked) : null;
        Identifier newCode = ONS_CODE.matcher(asked).matches() ? Identifier.of("--profile", asked) : null;
        Identifier name = oldCode == null && newCode == null ? Identifier.of("--profile", asked) : null;
        Resolution resolution = register.resolve(oldCode, newCode, name, asOf);
        if (resolution instanceof Resolution.Unresolved) {
            // an authority abolished before the reporting date is still one whose history can be shown
            resolution = register.resolve(oldCode, newCode, name, null);
        }
        if (resolution instanceof Resolution.Resolved resolved) {
            return resolved.authority().oldCode();
        }
        return null;
    }
}

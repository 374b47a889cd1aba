package org.ratingspipeline.authority;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.source.Problem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * DfE's register of local authorities (with the dates each ONS code was in use), the regions, and
 * the other names authorities go by. Loaded once from the classpath; read-only afterwards.
 */
@Component
public class AuthorityRegister {

    private static final DateTimeFormatter REGISTER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** What authorities' names are written with: letters, digits, spaces and a little punctuation. */
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{N}\\s&,.'\u2019()/-]");

    private final List<LocalAuthority> authorities;
    private final Map<String, LocalAuthority> byNewCode;
    private final Map<String, List<LocalAuthority>> byOldCode;
    private final Map<String, List<LocalAuthority>> byName;
    private final Map<String, Region> regions;
    /**
     * Dates on which some code starts or stops: between two of them, every comparison resolve makes comes out the same.
     */
    private final LocalDate[] boundaries;
    /** Resolutions already made; a large file names the same 150 authorities again and again. */
    private final Map<ResolutionKey, Resolution> resolved = new ConcurrentHashMap<>();

    public AuthorityRegister() {
        this(readAuthorities(), readRegions(), readAliases());
    }

    AuthorityRegister(List<LocalAuthority> authorities, List<Region> regions, Map<String, String> aliases) {
        this.authorities = List.copyOf(authorities);
        this.byNewCode = authorities.stream().collect(Collectors.toMap(LocalAuthority::newCode, a -> a));
        this.byOldCode = authorities.stream().collect(Collectors.groupingBy(LocalAuthority::oldCode));
        Map<String, List<LocalAuthority>> names = new HashMap<>(
                authorities.stream().collect(Collectors.groupingBy(a -> AuthorityNames.normalise(a.name()))));
        aliases.forEach((alias, registerName) -> {
            List<LocalAuthority> target = names.get(AuthorityNames.normalise(registerName));
            if (target == null) {
                throw new IllegalStateException("name alias '" + alias + "' points to '" + registerName + "', which "
                        + "is not in the register");
            }
            names.putIfAbsent(AuthorityNames.normalise(alias), target);
        });
        this.byName = Map.copyOf(names);
        this.regions =
                regions.stream().collect(Collectors.toMap(Region::code, r -> r, (a, b) -> a, LinkedHashMap::new));
        this.boundaries = authorities.stream()
                .flatMap(a -> a.terminationDate() == null ? Stream.of(a.operationDate())
                        : Stream.of(a.operationDate(), a.terminationDate().plusDays(1)))
                .distinct().sorted().toArray(LocalDate[]::new);
    }

    public List<LocalAuthority> all() {
        return authorities;
    }

    /** Whether any entry of the register, past or present, has this old LA code (a lookup, not a scan). */
    public boolean hasOldCode(String oldCode) {
        return byOldCode.containsKey(oldCode);
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The nine English regions, in ONS code order. */
    public List<Region> englishRegions() {
        return regions.values().stream().filter(r -> r.code().startsWith("E12")).toList();
    }

    public Optional<LocalAuthority> byNewCode(String code) {
        return Optional.ofNullable(byNewCode.get(code));
    }

    /** Every authority that existed on the date, one entry per old LA code. */
    public List<LocalAuthority> existingOn(LocalDate date) {
        Map<String, LocalAuthority> live = new LinkedHashMap<>();
        for (LocalAuthority a : authorities) {
            if (a.existsOn(date)) {
                live.putIfAbsent(a.oldCode(), a);
            }
        }
        return List.copyOf(live.values());
    }

    /**
     * Finds the authority a row means from whichever identifiers it carries. An identifier that
     * points to an authority abolished before the date cannot be the one meant (Ofsted's files
     * carry Cumbria's ONS code for Cumberland); when the identifiers disagree otherwise, the
     * majority wins with a warning, a code outweighing a name (a code beside another authority's
     * name loads by the code, warned), and a tie between codes is rejected.
     *
     * @param date the date of the judgement (or the year's start, for spend), or null when unknown
     */
    public Resolution resolve(Identifier oldCode, Identifier newCode, Identifier name, LocalDate date) {
        ResolutionKey key = new ResolutionKey(oldCode, newCode, name, epoch(date));
        Resolution known = resolved.get(key);
        if (known != null) {
            return known;
        }
        Resolution result = resolveAfresh(oldCode, newCode, name, date);
        if (resolved.size() < 100_000) {
            resolved.put(key, result);
        }
        return result;
    }

    private int epoch(LocalDate date) {
        if (date == null) {
            return -1;
        }
        int i = Arrays.binarySearch(boundaries, date);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private record ResolutionKey(Identifier oldCode, Identifier newCode, Identifier name, int epoch) {
    }

    /** A vote for each entry each identifier names on the date; identifiers that name none go to unknown. */
    private void candidates(Identifier oldCode, Identifier newCode, Identifier name, LocalDate date, List<Vote> votes,
            List<Problem> unknown) {
        if (oldCode != null) {
            vote(votes, unknown, oldCode, "old LA code", byOldCode.getOrDefault(oldCode.value(), List.of()), date);
        }
        if (newCode != null) {
            LocalAuthority entry = byNewCode.get(newCode.value().toUpperCase(Locale.ROOT));
            vote(votes, unknown, newCode, "ONS code", entry == null ? List.of() : List.of(entry), date);
        }
        if (name != null) {
            vote(votes, unknown, name, "name", byName.getOrDefault(AuthorityNames.normalise(name.value()), List.of()),
                    date);
        }
    }

    private Resolution resolveAfresh(Identifier oldCode, Identifier newCode, Identifier name, LocalDate date) {
        List<Vote> votes = new ArrayList<>();
        List<Problem> unknown = new ArrayList<>();
        candidates(oldCode, newCode, name, date, votes, unknown);
        if (votes.isEmpty()) {
            return new Resolution.Unresolved(unknown.isEmpty()
                    ? List.of(Problem.of("", "", "no column identifies the authority (old LA code, ONS code or name)"))
                    : unknown);
        }
        votes = settleAmbiguousNames(votes, date);
        Map<String, Long> live = votes.stream().filter(v -> !v.defunct())
                .collect(Collectors.groupingBy(Vote::oldCode, LinkedHashMap::new,
                        Collectors.summingLong(Vote::weight)));
        if (live.isEmpty()) {
            Vote v = votes.get(0);
            return new Resolution.Unresolved(List.of(Problem.of(v.id().column(), v.id().value(),
                    v.entry().name() + " was abolished on " + Formats.LONG_DATE.format(v.entry().terminationDate())
                            + ", before this record's date, and no identifier names a successor")));
        }
        long best = live.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<String> leaders =
                live.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (leaders.size() > 1) {
            return new Resolution.Unresolved(List.of(Problem.of(votes.get(0).id().column(), votes.get(0).id().value(),
                    "the identifiers disagree: " + votes.stream().filter(v -> !v.defunct())
                            .map(v -> v.kind() + " " + v.id().value() + " is " + v.entry().name())
                            .collect(Collectors.joining(", ")))));
        }
        String oldCodeWon = leaders.get(0);
        LocalAuthority chosen = entryOn(oldCodeWon, date);
        List<Problem> warnings = warnings(votes, unknown, oldCodeWon, chosen);
        strayCharacters(name, votes, chosen).ifPresent(warnings::add);
        return new Resolution.Resolved(chosen, warnings);
    }

    /** What a reader is told about a resolved row: unknown identifiers, defunct codes and outvoted identifiers. */
    private static List<Problem> warnings(List<Vote> votes, List<Problem> unknown, String oldCodeWon,
            LocalAuthority chosen) {
        List<Problem> warnings = new ArrayList<>(unknown.stream()
                .map(p -> Problem.of(p.column(), p.value(),
                        p.reason() + "; identified as " + chosen.name() + " by its other identifiers"))
                .toList());
        for (Vote v : votes) {
            if (v.defunct()) {
                warnings.add(Problem.of(v.id().column(), v.id().value(), v.kind() + " " + v.id().value() + " is that "
                        + "of " + v.entry().name() + " (" + v.entry().newCode() + "), which ended on "
                        + Formats.LONG_DATE.format(v.entry().terminationDate())
                        + ", before this record's date; resolved to "
                        + chosen.name() + " (" + chosen.newCode() + ", old LA code " + chosen.oldCode() + ")"));
            } else if (!v.oldCode().equals(oldCodeWon)) {
                warnings.add(Problem.of(v.id().column(), v.id().value(), v.kind() + " " + v.id().value() + " is "
                        + v.entry().name() + " (old LA code " + v.oldCode() + "), but the other identifiers name "
                        + chosen.name()
                        + " (old LA code " + chosen.oldCode() + "); resolved to " + chosen.name()));
            }
        }
        return warnings;
    }

    /**
     * A name that matched only because matching ignores punctuation ({@code Leeds!!}, {@code =Leeds})
     * is not how anyone writes it: the row loads, with a warning that shows the name as given.
     */
    private static Optional<Problem> strayCharacters(Identifier name, List<Vote> votes, LocalAuthority chosen) {
        if (name == null || votes.stream().noneMatch(v -> v.kind().equals("name")
                && v.oldCode().equals(chosen.oldCode()))) {
            return Optional.empty();
        }
        String stray = NAME_CHARACTERS.matcher(name.value()).replaceAll("");
        if (stray.isEmpty()) {
            return Optional.empty();
        }
        String chars = stray.codePoints().distinct().mapToObj(Character::toString).collect(Collectors.joining());
        return Optional.of(Problem.of(name.column(), name.value(), "name '" + name.value() + "' has characters no "
                + "authority's name has (" + chars + "); read as " + chosen.name() + " (old LA code "
                + chosen.oldCode() + ")"));
    }

    /**
     * A name can mean several authorities (the county and the unitary Dorset both existed in 2019); where
     * one of them is the authority a code names, the name agrees with the code rather than outvoting it.
     */
    private List<Vote> settleAmbiguousNames(List<Vote> votes, LocalDate date) {
        List<Vote> settled = new ArrayList<>();
        for (Vote v : votes) {
            if (v.kind().equals("name") && !v.defunct()) {
                Set<String> meanings = byName.get(AuthorityNames.normalise(v.id().value())).stream()
                        .filter(a -> date == null || !a.terminatedBefore(date)).map(LocalAuthority::oldCode)
                        .collect(Collectors.toSet());
                Optional<Vote> code = votes.stream().filter(o -> !o.kind().equals("name") && !o.defunct()
                        && !o.oldCode().equals(v.oldCode()) && meanings.contains(o.oldCode())).findFirst();
                if (code.isPresent()) {
                    settled.add(new Vote(v.id(), v.kind(), code.get().oldCode(), entryOn(code.get().oldCode(), date),
                            false));
                    continue;
                }
            }
            settled.add(v);
        }
        return settled;
    }

    private void vote(List<Vote> votes, List<Problem> unknown, Identifier id, String kind, List<LocalAuthority> entries,
            LocalDate date) {
        if (entries.isEmpty()) {
            unknown.add(Problem.of(id.column(), id.value(), kind + " '" + id.value() + "' is not in the register of "
                    + "local authorities"));
            return;
        }
        Set<String> oldCodes = new LinkedHashSet<>();
        LocalAuthority defunct = null;
        for (LocalAuthority a : entries) {
            if (date != null && a.terminatedBefore(date)) {
                defunct = defunct == null || a.terminationDate().isAfter(defunct.terminationDate()) ? a : defunct;
            } else {
                oldCodes.add(a.oldCode());
            }
        }
        if (oldCodes.isEmpty()) {
            votes.add(new Vote(id, kind, defunct.oldCode(), defunct, true));
            return;
        }
        // A name shared by a county and its unitary successor (Dorset) still means one authority on a given date.
        String oldCode = oldCodes.size() == 1 || date == null ? oldCodes.iterator().next()
                : preferExisting(oldCodes, date);
        votes.add(new Vote(id, kind, oldCode, entryOn(oldCode, date), false));
    }

    private String preferExisting(Set<String> oldCodes, LocalDate date) {
        for (String code : oldCodes) {
            if (byOldCode.get(code).stream().anyMatch(a -> a.existsOn(date))) {
                return code;
            }
        }
        return oldCodes.iterator().next();
    }

    /** The register entry of an authority in force on the date, or the nearest one in time. */
    public LocalAuthority entryOn(String oldCode, LocalDate date) {
        List<LocalAuthority> entries = byOldCode.get(oldCode);
        if (date != null) {
            for (LocalAuthority a : entries) {
                if (a.existsOn(date)) {
                    return a;
                }
            }
            // The register starts in 2009: an earlier date belongs to the first entry not yet ended.
            Optional<LocalAuthority> notEnded = entries.stream().filter(a -> !a.terminatedBefore(date))
                    .min(Comparator.comparing(LocalAuthority::operationDate));
            if (notEnded.isPresent()) {
                return notEnded.get();
            }
        }
        return entries.stream().max(Comparator.comparing(LocalAuthority::operationDate)).orElseThrow();
    }

    /** A value that identifies an authority, with the column it came from (for messages). */
    public record Identifier(String column, String value) {
        public static Identifier of(String column, String value) {
            return value == null || value.isBlank() ? null : new Identifier(column, value.strip());
        }
    }

    private record Vote(Identifier id, String kind, String oldCode, LocalAuthority entry, boolean defunct) {

        /** A code is given deliberately and checked by the source; a name is typed, and spelt many ways. */
        long weight() {
            return kind.equals("name") ? 1 : 2;
        }
    }

    private static List<LocalAuthority> readAuthorities() {
        List<LocalAuthority> result = new ArrayList<>();
        for (Map<String, String> row : readCsv("authority/local-authorities.csv")) {
            String oldCode = row.get("old_la_code");
            // Joint-service rows ("940 / 941") and placeholders (x, z, BFPO) are not single authorities.
            if (oldCode == null || !oldCode.matches("\\d{3}") || !row.get("new_la_code").matches("E\\d{8}")) {
                continue;
            }
            String termination = row.get("date_of_termination");
            result.add(new LocalAuthority(row.get("new_la_code"), oldCode, row.get("la_name"),
                    LocalDate.parse(row.get("date_of_operation"), REGISTER_DATE),
                    termination == null || termination.isBlank() ? null : LocalDate.parse(termination, REGISTER_DATE),
                    row.get("parent_geography_code")));
        }
        return result;
    }

    private static List<Region> readRegions() {
        return readCsv("authority/regions.csv").stream()
                .filter(r -> r.get("region_code").matches("E1\\d{7}"))
                .map(r -> new Region(r.get("region_code"), r.get("region_name"))).toList();
    }

    private static Map<String, String> readAliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Map<String, String> row : readCsv("authority/name-aliases.csv")) {
            aliases.put(row.get("alias"), row.get("la_name"));
        }
        return aliases;
    }

    /** The rows of a CSV resource of this package's data, as header name to stripped value. */
    static List<Map<String, String>> readCsv(String resource) {
        try (CSVReader csv =
                new CSVReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                        StandardCharsets.UTF_8))) {
            List<String[]> rows = csv.readAll();
            String[] header = rows.get(0);
            header[0] = header[0].replace("\uFEFF", "");
            List<Map<String, String>> result = new ArrayList<>();
            for (String[] row : rows.subList(1, rows.size())) {
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.length && i < row.length; i++) {
                    map.put(header[i], row[i].strip());
                }
                result.add(map);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (CsvException e) {
            throw new IllegalStateException("cannot parse " + resource, e);
        }
    }
}

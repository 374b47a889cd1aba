package org.ratingspipeline.report.tidy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ratingspipeline.report.Shorthand;

/**
 * Checks a written data file and its {@code .meta.csv} against the EES open data standards
 * (section 3 of the spreadsheet standard), the way the DfE screener would, so a file that would
 * fail it is never published. Reads the files back from disk: what is checked is what was written.
 */
public final class TidyDataChecker {

    static final Set<String> TIME_IDENTIFIERS = timeIdentifiers();
    private static final Map<String, List<String>> LEVEL_COLUMNS = Map.of(
            "National", List.of(),
            "Regional", TidyCsvWriter.REGION_COLUMNS,
            "Local authority", List.of("region_code", "region_name", "old_la_code", "la_name"));
    private static final Map<String, Pattern> CODES = Map.of(
            "country_code", Pattern.compile("[EKNSW]92\\d{6}"),
            "region_code", Pattern.compile("E12\\d{6}"),
            "old_la_code", Pattern.compile("\\d{3}"),
            "new_la_code", Pattern.compile("E(06|07|08|09|10)\\d{6}"));
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.(\\d+))?");
    private static final Set<String> SYMBOLS = symbols();
    private static final int MAX_PROBLEMS = 50;

    public List<String> check(Path data, Path meta) throws IOException {
        Problems problems = new Problems();
        List<String[]> dataRows = read(data, problems);
        List<String[]> metaRows = read(meta, problems);
        if (dataRows.isEmpty() || metaRows.isEmpty()) {
            problems.add(dataRows.isEmpty() ? data : meta, "has no header row");
            return problems.list;
        }
        List<String> header = Arrays.asList(dataRows.get(0));
        checkHeader(data, header, problems);
        Map<String, String[]> columns = checkMeta(meta, metaRows, header, problems);
        checkRows(data, header, dataRows.subList(1, dataRows.size()), columns, problems);
        return problems.list;
    }

    private static void checkHeader(Path data, List<String> header, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!TidyNames.isName(name)) {
                problems.add(data, "column name '" + name + "' is not snake_case starting with a letter, at most 50 "
                        + "characters");
            }
            if (!seen.add(name)) {
                problems.add(data, "column " + name + " appears twice");
            }
        }
        for (String required
                : List.of("time_period", "time_identifier", "geographic_level", "country_code", "country_name")) {
            if (!header.contains(required)) {
                problems.add(data, "has no " + required + " column");
            }
        }
    }

    /** The metadata rows by column name; every filter and indicator of the data file must have one. */
    private static Map<String, String[]> checkMeta(Path meta, List<String[]> rows, List<String> dataHeader,
            Problems problems) {
        List<String> header = Arrays.asList(rows.get(0));
        List<String> required = TidyCsvWriter.META_COLUMNS.subList(0, 8);
        if (!header.equals(required) && !header.equals(TidyCsvWriter.META_COLUMNS)) {
            problems.add(meta, "header is " + header + ", expected " + TidyCsvWriter.META_COLUMNS);
            return Map.of();
        }
        Map<String, String[]> columns = new LinkedHashMap<>();
        Set<String> groupingColumns = new HashSet<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String[] row = Arrays.copyOf(r, TidyCsvWriter.META_COLUMNS.size());
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i] == null ? "" : row[i];
            }
            String name = row[0];
            if (columns.put(name, row) != null) {
                problems.add(meta, "row " + name + " appears twice");
            }
            checkMetaRow(meta, row, dataHeader, groupingColumns, problems);
        }
        for (String name : dataHeader) {
            if (!TidyCsvWriter.STANDARD_COLUMNS.contains(name) && !groupingColumns.contains(name)
                    && !columns.containsKey(name)) {
                problems.add(meta, "has no row for the data file's column " + name);
            }
        }
        return columns;
    }

    /** A metadata row must name a column of the data file, and not a time or geography column. */
    private static List<String> nameFaults(String name, List<String> dataHeader) {
        List<String> faults = new ArrayList<>();
        if (!dataHeader.contains(name)) {
            faults.add(" names no column of the data file");
        }
        if (TidyCsvWriter.STANDARD_COLUMNS.contains(name)) {
            faults.add(": time and geography columns have no metadata row");
        }
        return faults;
    }

    /** One metadata row: it names a data column, has a label, and the fields its col_type allows. */
    private static void checkMetaRow(Path meta, String[] row, List<String> dataHeader, Set<String> groupingColumns,
            Problems problems) {
        String name = row[0];
        String where = "row " + name;
        for (String fault : nameFaults(name, dataHeader)) {
            problems.add(meta, where + fault);
        }
        if (row[2].isBlank() || row[2].length() > TidyNames.LABEL_MAX) {
            problems.add(meta, where + ": label must be 1 to " + TidyNames.LABEL_MAX + " characters");
        }
        switch (row[1]) {
            case "Filter" -> {
                if (!row[3].isEmpty() || !row[4].isEmpty() || !row[5].isEmpty()) {
                    problems.add(meta, where + ": a filter has no indicator grouping, unit or decimal places");
                }
                if (!row[7].isEmpty()) {
                    groupingColumns.add(row[7]);
                }
            }
            case "Indicator" -> {
                if (!TidyIndicator.UNITS.contains(row[4])) {
                    problems.add(meta,
                            where + ": indicator_unit '" + row[4] + "' is not one of " + TidyIndicator.UNITS);
                }
                if (!row[5].isEmpty() && !row[5].matches("\\d+")) {
                    problems.add(meta, where + ": indicator_dp '" + row[5] + "' is not a whole number");
                }
                if (!row[6].isEmpty() || !row[7].isEmpty() || !row[8].isEmpty()) {
                    problems.add(meta, where + ": an indicator has no filter hint, grouping column or default");
                }
            }
            default -> problems.add(meta, where + ": col_type '" + row[1] + "' is neither Filter nor Indicator");
        }
        for (String cell : row) {
            if (isNullWord(cell)) {
                problems.add(meta, where + " holds '" + cell + "'");
            }
        }
    }

    private static void checkRows(Path data, List<String> header, List<String[]> rows, Map<String, String[]> meta,
                                  Problems problems) {
        if (rows.isEmpty()) {
            problems.add(data, "has no data rows");
            return;
        }
        Map<String, Set<String>> filterLevels = new LinkedHashMap<>();
        meta.forEach((name, row) -> {
            if (row[1].equals("Filter")) {
                filterLevels.put(name, new LinkedHashSet<>());
            }
        });
        Set<String> identifiers = new HashSet<>();
        Map<String, Integer> observations = new HashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            String where = "row " + (n + 2);
            String[] row = rows.get(n);
            if (row.length != header.size()) {
                problems.add(data, where + " has " + row.length + " fields for " + header.size() + " columns");
                continue;
            }
            Map<String, String> cell = cells(data, where, header, row, problems);
            checkTime(data, where, cell, identifiers, problems);
            checkGeography(data, where, header, cell, problems);
            String key = checkFiltersAndIndicators(data, where, header, cell, meta, filterLevels, problems);
            Integer first = observations.putIfAbsent(key, n + 2);
            if (first != null) {
                problems.add(data, where + " repeats the time, place and filter levels of row " + first);
            }
        }
        if (identifiers.size() > 1) {
            problems.add(data, "mixes time identifiers " + identifiers + "; use one kind of period per file");
        }
        filterLevels.forEach((name, levels) -> {
            String defaultLevel = meta.get(name)[8];
            if (!levels.contains("Total") && (defaultLevel.isEmpty() || !levels.contains(defaultLevel))) {
                problems.add(data, "filter " + name + " has no Total level and no filter_default among its levels "
                        + levels);
            }
        });
    }

    /** The row's cells by column name; a null word in any of them is a problem. */
    private static Map<String, String> cells(Path data, String where, List<String> header, String[] row,
            Problems problems) {
        Map<String, String> cell = new HashMap<>();
        for (int c = 0; c < row.length; c++) {
            cell.put(header.get(c), row[c]);
            if (isNullWord(row[c])) {
                problems.add(data, where + ", " + header.get(c) + ": '" + row[c] + "' is not allowed; use a symbol");
            }
        }
        return cell;
    }

    /**
     * Checks the row's filter levels and indicator values, collecting each filter's levels; returns the row's
     * observation key (its time, place and filter levels).
     */
    private static String checkFiltersAndIndicators(Path data, String where, List<String> header,
            Map<String, String> cell, Map<String, String[]> meta, Map<String, Set<String>> filterLevels,
            Problems problems) {
        StringBuilder key = new StringBuilder();
        for (String name : header) {
            String[] m = meta.get(name);
            String value = cell.get(name);
            if (m == null || m[1].equals("Filter")) {
                key.append(value).append('\u0000');
            }
            if (m == null) {
                continue;
            }
            if (m[1].equals("Filter")) {
                if (value.isBlank() || value.length() > TidyNames.FILTER_ITEM_MAX) {
                    problems.add(data,
                            where + ", " + name + ": a filter level is 1 to " + TidyNames.FILTER_ITEM_MAX
                                    + " characters");
                }
                filterLevels.get(name).add(value);
            } else if (m[1].equals("Indicator")) {
                checkIndicator(data, where, name, value, m[5], problems);
            }
        }
        return key.toString();
    }

    private static void checkTime(Path data, String where, Map<String, String> cell, Set<String> identifiers,
            Problems problems) {
        String period = cell.getOrDefault("time_period", "");
        String identifier = cell.getOrDefault("time_identifier", "");
        if (!period.matches("\\d{4}|\\d{6}")) {
            problems.add(data, where + ": time_period '" + period + "' is not 4 or 6 digits");
        }
        if (!TIME_IDENTIFIERS.contains(identifier)) {
            problems.add(data, where + ": time_identifier '" + identifier + "' is not one EES allows");
        }
        identifiers.add(identifier);
    }

    private static void checkGeography(Path data, String where, List<String> header, Map<String, String> cell,
            Problems problems) {
        String level = cell.getOrDefault("geographic_level", "");
        List<String> required = LEVEL_COLUMNS.get(level);
        if (required == null) {
            problems.add(data,
                    where + ": geographic_level '" + level + "' is not one this checker knows "
                            + LEVEL_COLUMNS.keySet());
            return;
        }
        List<String> geography = new ArrayList<>(TidyCsvWriter.COUNTRY_COLUMNS.subList(1, 3));
        geography.addAll(TidyCsvWriter.REGION_COLUMNS);
        geography.addAll(TidyCsvWriter.LA_COLUMNS);
        for (String column : geography) {
            if (!header.contains(column)) {
                if (required.contains(column)) {
                    problems.add(data, where + ": a " + level + " row needs a " + column + " column");
                }
                continue;
            }
            String value = cell.get(column);
            boolean applies = column.startsWith("country") || required.contains(column)
                    || (column.equals("new_la_code") && level.equals("Local authority"));
            if (applies && value.isBlank() && !column.equals("new_la_code")) {
                problems.add(data, where + ": " + column + " is blank on a " + level + " row");
            }
            if (!applies && !value.isEmpty()) {
                problems.add(data,
                        where + ": " + column + " must be blank on a " + level + " row, not '" + value + "'");
            }
            Pattern code = CODES.get(column);
            if (code != null && !value.isEmpty() && !code.matcher(value).matches()) {
                problems.add(data, where + ": " + column + " '" + value + "' is not a valid code");
            }
            if (value.equals("Total") || value.equals("All")) {
                problems.add(data, where + ": '" + value + "' is not allowed in " + column);
            }
        }
    }

    private static void checkIndicator(Path data, String where, String name, String value, String dp,
            Problems problems) {
        if (value.isBlank()) {
            problems.add(data, where + ", " + name + ": an indicator is never blank; use a symbol such as x or z");
            return;
        }
        var number = NUMBER.matcher(value);
        if (number.matches()) {
            int decimals = number.group(2) == null ? 0 : number.group(2).length();
            if (!dp.isEmpty() && decimals > Integer.parseInt(dp)) {
                problems.add(data, where + ", " + name + ": " + value + " has more than the " + dp + " decimal places "
                        + "of its metadata");
            }
        } else if (!SYMBOLS.contains(value)) {
            problems.add(data, where + ", " + name + ": '" + value + "' is neither a number nor a symbol " + SYMBOLS);
        }
    }

    private static boolean isNullWord(String value) {
        return value.equalsIgnoreCase("NULL") || value.equalsIgnoreCase("NA");
    }

    private static List<String[]> read(Path file, Problems problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(file, "starts with a byte order mark");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder);
             CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return new ArrayList<>(csv.readAll()); // opencsv gives a LinkedList; rows are read by index
        } catch (CharacterCodingException e) {
            problems.add(file, "is not UTF-8");
            return List.of();
        } catch (CsvException e) {
            problems.add(file, "is not valid CSV: " + e.getMessage());
            return List.of();
        }
    }

    private static Set<String> timeIdentifiers() {
        Set<String> ids = new HashSet<>(List.of("Calendar year", "Reporting year", "Academic year", "Financial "
                + "year", "Tax year",
                "Financial year Q1", "Financial year Q2", "Financial year Q3", "Financial year Q4",
                "Part 1 (April to September)", "Part 2 (October to March)", "Autumn term", "Spring term", "Summer term",
                "Autumn and spring term"));
        for (Month m : Month.values()) {
            ids.add(m.getDisplayName(TextStyle.FULL, Locale.UK));
        }
        for (int w = 1; w <= 52; w++) {
            ids.add("Week " + w);
        }
        return Set.copyOf(ids);
    }

    private static Set<String> symbols() {
        Set<String> symbols = new HashSet<>();
        for (Shorthand s : Shorthand.values()) {
            symbols.add(s.csv());
        }
        return Set.copyOf(symbols);
    }

    /** Problems found, each naming its file; a broken file stops being listed after the first fifty. */
    private static final class Problems {
        private final List<String> list = new ArrayList<>();

        void add(Path file, String problem) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(file.getFileName() + ": " + problem);
            }
        }
    }
}

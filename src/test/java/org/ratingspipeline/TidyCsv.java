package org.ratingspipeline;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A written tidy CSV file read back as a researcher's tool reads it: a header, then rows by column name. */
public final class TidyCsv {

    private final List<String> header;
    private final List<Map<String, String>> rows;
    private final Map<String, Map<String, String>> byObservation = new HashMap<>();

    private TidyCsv(List<String> header, List<Map<String, String>> rows) {
        this.header = header;
        this.rows = rows;
        for (Map<String, String> row : rows) {
            if (!row.containsKey("ofsted_judgement")) {
                continue; // not the judgements file: read as plain rows only
            }
            String key = key(row.get("geographic_level"), row.getOrDefault("region_code", ""),
                    row.getOrDefault("old_la_code", ""),
                    row.get("judgement_area"), row.get("ofsted_judgement"));
            if (byObservation.put(key, row) != null) {
                throw new AssertionError("two rows for " + key);
            }
        }
    }

    public static TidyCsv read(Path file) throws IOException {
        List<String[]> all = records(file);
        List<String> header = List.of(all.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String[] r : all.subList(1, all.size())) {
            if (r.length != header.size()) {
                throw new AssertionError("row of " + r.length + " fields for " + header.size() + " columns: "
                        + List.of(r));
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < r.length; i++) {
                row.put(header.get(i), r[i]);
            }
            rows.add(row);
        }
        return new TidyCsv(header, rows);
    }

    /** Any UTF-8 CSV file as RFC 4180 records (fields may hold commas, quotes and line breaks). */
    public static List<String[]> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return csv.readAll();
        } catch (CsvException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public List<String> header() {
        return header;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    /** The judgements file's row for a place, area and judgement; fails when there is none. */
    public Map<String, String> judgement(String level, String regionCode, String oldLaCode, String area,
            String judgement) {
        Map<String, String> row = byObservation.get(key(level, regionCode, oldLaCode, area, judgement));
        if (row == null) {
            throw new AssertionError("no CSV row for " + level + " " + regionCode + " " + oldLaCode + " / " + area
                    + " / " + judgement);
        }
        return row;
    }

    public Map<String, String> national(String area, String judgement) {
        return judgement("National", "", "", area, judgement);
    }

    private static String key(String... parts) {
        return String.join("|", Arrays.stream(parts).map(Objects::toString).toList());
    }
}

package org.ratingspipeline.job;

import com.opencsv.CSVReader;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistical neighbour figures worked out from the CSV files alone, without the pipeline's
 * code: DfE's register for names and regions, the neighbour list, and Ofsted's SIF and ILACS
 * tables for each authority's latest overall grade by Ofsted's rule (inspected by the date,
 * published by the cut-off; a SIF inspection's publication date stands for its inspection date).
 */
final class IndependentNeighbours {

    static final Path REGISTER = Path.of("src/main/resources/authority/local-authorities.csv");
    static final Path NEIGHBOURS = Path.of("src/main/resources/authority/statistical-neighbours.csv");
    static final Path SIF = Path.of("input/inspections/01-ofsted-sif-judgements-2014-to-2018.csv");
    static final Path ILACS = Path.of("input/inspections/02-ofsted-ilacs-history-2018-to-2025.csv");

    /** An authority in the register on the date: name and region code. */
    record Authority(String oldCode, String name, String region) {}

    final Map<String, Authority> live = new LinkedHashMap<>();
    final Map<String, String> grade = new HashMap<>();
    final Map<String, List<String>> neighbours = new HashMap<>();

    IndependentNeighbours(LocalDate asOf, LocalDate publishedBy) throws Exception {
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (Map<String, String> r : rows(REGISTER)) {
            boolean single = r.get("old_la_code").matches("\\d{3}")
                    && r.get("new_la_code").matches("E\\d{8}");
            LocalDate from = single ? LocalDate.parse(r.get("date_of_operation"), dmy) : null;
            String to = r.get("date_of_termination");
            if (single
                    && !from.isAfter(asOf)
                    && (to.isBlank() || !LocalDate.parse(to, dmy).isBefore(asOf))) {
                live.putIfAbsent(
                        r.get("old_la_code"),
                        new Authority(r.get("old_la_code"), r.get("la_name"), r.get("parent_geography_code")));
            }
        }
        Map<String, LocalDate> when = new HashMap<>();
        for (Map<String, String> r : rows(SIF)) {
            LocalDate published = LocalDate.parse(r.get("publication_date"));
            take(r, published, !published.isAfter(asOf) && !published.isAfter(publishedBy), when);
        }
        for (Map<String, String> r : rows(ILACS)) {
            LocalDate inspected = LocalDate.parse(r.get("inspection_date"));
            take(
                    r,
                    inspected,
                    !inspected.isAfter(asOf)
                            && !LocalDate.parse(r.get("publication_date")).isAfter(publishedBy),
                    when);
        }
        for (Map<String, String> r : rows(NEIGHBOURS)) {
            neighbours.put(
                    r.get("la_code"),
                    Arrays.stream(r.get("statistical_neighbours").split(","))
                            .map(String::strip)
                            .toList());
        }
    }

    private void take(Map<String, String> r, LocalDate date, boolean counts, Map<String, LocalDate> when) {
        String code = r.get("la_code");
        if (counts && live.containsKey(code) && (when.get(code) == null || date.isAfter(when.get(code)))) {
            when.put(code, date);
            grade.put(code, r.get("overall_effectiveness"));
        }
    }

    /** Share good or outstanding of the given authorities' grades, to one decimal place, as the workbook shows it. */
    static String share(List<String> grades) {
        long good = grades.stream()
                .filter(g -> g.equals("Good") || g.equals("Outstanding"))
                .count();
        return BigDecimal.valueOf(good * 100)
                .divide(BigDecimal.valueOf(grades.size()), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The latest grades of the authority's listed neighbours, all of which exist on the date in the bundled model. */
    List<String> neighbourGrades(String code) {
        return neighbours.get(code).stream().map(grade::get).toList();
    }

    List<String> gradesIn(String region) {
        List<String> grades = new ArrayList<>();
        live.values().stream()
                .filter(a -> region == null || a.region().equals(region))
                .filter(a -> grade.containsKey(a.oldCode()))
                .forEach(a -> grades.add(grade.get(a.oldCode())));
        return grades;
    }

    private static List<Map<String, String>> rows(Path file) throws IOException, com.opencsv.exceptions.CsvException {
        try (Reader in = new FileReader(file.toFile(), StandardCharsets.UTF_8);
                CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            String[] header = all.get(0);
            header[0] = header[0].replace("\uFEFF", "");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] row : all.subList(1, all.size())) {
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    map.put(header[i], i < row.length ? row[i].strip() : "");
                }
                rows.add(map);
            }
            return rows;
        }
    }
}

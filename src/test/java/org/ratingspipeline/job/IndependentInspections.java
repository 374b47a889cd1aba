package org.ratingspipeline.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ratingspipeline.TidyCsv;

/**
 * One authority's inspections worked out from the bundled inspection files by hand, apart from the pipeline's code:
 * every row of the authority (by its DfE code, ONS code or name), dated by its inspection start or else its
 * publication date, under SIF (said so, or dated before 2018) or ILACS; rows of frameworks before November 2013 and
 * rows with no readable grade left out; rows of two files within 31 days of each other under the same framework are
 * one inspection, read from the file that comes first in name order.
 */
final class IndependentInspections {

    /** One inspection: the framework, its dates, the first file that carries it, and every file that does. */
    record Inspection(String framework, LocalDate inspected, LocalDate published, String overall, String file,
                      List<String> files) {

        LocalDate date() {
            return inspected != null ? inspected : published;
        }
    }

    private static final LocalDate SIF_START = LocalDate.of(2013, 11, 1);
    private static final List<String> CODE = List.of("la_code", "la code");
    private static final List<String> ONS = List.of("new_la_code", "ltla23cd");
    private static final List<String> NAME = List.of("la_name", "local authority", "local_authority");
    private static final List<String> START = List.of("inspection_date", "inspection start date",
            "inspection_start_date");
    private static final List<String> PUBLISHED = List.of("publication_date", "publication date");
    private static final List<String> FRAMEWORK = List.of("framework", "inspection framework", "inspection_framework");
    private static final List<String> OVERALL = List.of("overall_effectiveness", "overall effectiveness grade",
            "overall_effectiveness_grade");
    private static final List<String> GRADES = List.of("outstanding", "good", "requires improvement",
            "requires improvement to be good", "inadequate");

    private IndependentInspections() {
    }

    /** The folder's CSV files in name order, as the pipeline reads them. */
    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    static List<Inspection> of(Path folder, String oldCode, String onsCode, String name) throws IOException {
        List<Inspection> found = new ArrayList<>();
        for (Path file : csvFiles(folder)) {
            List<String[]> records = TidyCsv.records(file);
            List<String> header = Arrays.stream(records.get(0)).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String[] r : records.subList(1, records.size())) {
                boolean ours = oldCode.equals(field(header, r, CODE)) || onsCode.equals(field(header, r, ONS))
                        || name.equalsIgnoreCase(field(header, r, NAME));
                if (!ours) {
                    continue;
                }
                String overall = field(header, r, OVERALL).toLowerCase(Locale.ROOT);
                if (!GRADES.contains(overall)) {
                    continue; // unreadable: counted from another file that reads it, or rejected
                }
                LocalDate start = date(field(header, r, START));
                LocalDate published = date(field(header, r, PUBLISHED));
                LocalDate date = start != null ? start : published;
                if (date == null || date.isBefore(SIF_START)) {
                    continue;
                }
                String framework = field(header, r, FRAMEWORK).equalsIgnoreCase("SIF")
                        || (start != null ? start.getYear() < 2018 : published.isBefore(LocalDate.of(2018, 3, 1)))
                        ? "SIF" : "ILACS";
                String fileName = file.getFileName().toString();
                Inspection same = found.stream().filter(i -> i.framework().equals(framework)
                        && Math.abs(ChronoUnit.DAYS.between(i.date(), date)) <= 31).findFirst().orElse(null);
                if (same == null) {
                    found.add(new Inspection(framework, start, published, overall, fileName,
                            new ArrayList<>(List.of(fileName))));
                } else {
                    same.files().add(fileName);
                }
            }
        }
        return found.stream().sorted(Comparator.comparing(Inspection::date)).toList();
    }

    private static String field(List<String> header, String[] row, List<String> names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0 && i < row.length) {
                return row[i].strip();
            }
        }
        return "";
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (String pattern : List.of("yyyy-MM-dd", "dd/MM/yyyy", "dd/MM/yy")) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }
}

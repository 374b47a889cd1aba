package org.ratingspipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.Shorthand;

/**
 * The cross-check rule (L) of the spreadsheet standard for the judgements: every count and share
 * the workbook's national, regional and judgement-area tables show equals the matching row of the
 * tidy CSV, every authority's grade in the authorities table is the level its CSV rows count, and
 * the CSV's authority rows add up to its regional rows, which add up to its national rows.
 * Workbook labels are mapped to CSV levels here, by hand, as the contract between the two files.
 */
public final class JudgementsCrossCheck {

    private static final Pattern NOTE = Pattern.compile("\\s*\\[note [\\d, ]+\\]");
    private static final String OVERALL = "Overall effectiveness";
    private static final String ENGLAND = "E92000001";
    /** Workbook row and column labels whose CSV level is spelt differently. */
    private static final Map<String, String> LEVELS = Map.of(
            "All authorities judged", "All judged",
            "Authorities judged", "All judged",
            "All authorities in the register", "Total");

    private final WorkbookView wb;
    private final TidyCsv csv;
    private final List<String> mismatches = new ArrayList<>();
    private int compared;

    private JudgementsCrossCheck(WorkbookView wb, TidyCsv csv) {
        this.wb = wb;
        this.csv = csv;
    }

    /** Runs every comparison and returns how many values were compared. */
    public static int assertSameFigures(WorkbookView wb, TidyCsv csv) {
        JudgementsCrossCheck check = new JudgementsCrossCheck(wb, csv);
        check.national();
        check.grid("_regions", 2, row -> {
            String code = text(row.get(0));
            return code.equals(ENGLAND) ? new Place("National", "", "", OVERALL)
                    : new Place("Regional", code, "", OVERALL);
        });
        check.grid("_judgement_areas", 2, row -> new Place("National", "", "", withoutNotes(text(row.get(0)))));
        check.authorities();
        check.sums();
        assertThat(check.mismatches).as("workbook and CSV disagree").isEmpty();
        return check.compared;
    }

    private record Place(String level, String regionCode, String oldLaCode, String area) {
    }

    private interface PlaceOfRow {
        Place of(List<Cell> row);
    }

    private void national() {
        List<List<Cell>> table = table("_national");
        for (List<Cell> row : table.subList(1, table.size())) {
            String level = level(withoutNotes(text(row.get(0))));
            if (level == null) {
                continue; // checked below: every label maps
            }
            Map<String, String> line = csv.national(OVERALL, level);
            compare(row.get(1), line.get("la_count"), "national " + level + " count");
            compare(row.get(2), line.get("la_percent"), "national " + level + " share");
        }
    }

    /** A table of places (rows) by judgement and unit (columns), whose columns from {@code first} on are figures. */
    private void grid(String key, int first, PlaceOfRow place) {
        List<List<Cell>> table = table(key);
        List<Cell> header = table.get(0);
        for (List<Cell> row : table.subList(1, table.size())) {
            Place p = place.of(row);
            for (int c = first; c < header.size(); c++) {
                String[] lines = withoutNotes(WorkbookView.asNamed(text(header.get(c)))).split("\n");
                String level = level(lines[0]);
                String indicator = lines[1].equals("(number)") ? "la_count" : lines[1].startsWith("(%") ? "la_percent"
                        : null;
                if (level == null || indicator == null) {
                    mismatches.add(key + ": column '" + text(header.get(c)) + "' has no CSV counterpart");
                    continue;
                }
                Map<String, String> line = csv.judgement(p.level(), p.regionCode(), p.oldLaCode(), p.area(), level);
                compare(row.get(c), line.get(indicator), key + " " + p + " " + level + " " + indicator);
            }
        }
    }

    /** Each authority's grade in each area is the one level its CSV rows count 1, with 100% of it judged. */
    private void authorities() {
        List<List<Cell>> table = table("_authorities");
        List<String> header = table.get(0).stream()
                .map(c -> withoutNotes(WorkbookView.asNamed(text(c))).replaceAll(" \\((ILACS|SIF)\\)$", "")).toList();
        Set<String> areas = new TreeSet<>();
        csv.rows().forEach(r -> areas.add(r.get("judgement_area")));
        int framework = header.indexOf("Framework");
        Map<String, String> regionOf = new HashMap<>();
        csv.rows().forEach(r -> regionOf.put(r.get("old_la_code"), r.get("region_code")));
        for (List<Cell> row : table.subList(1, table.size())) {
            String code = text(row.get(0));
            boolean inspected = !text(row.get(framework)).equals(Shorthand.NOT_AVAILABLE.workbook());
            for (int c = 0; c < header.size(); c++) {
                if (!areas.contains(header.get(c))) {
                    continue;
                }
                String shown = text(row.get(c));
                String level = shown.equals(Shorthand.NOT_APPLICABLE.workbook()) ? "Not applicable"
                        : shown.equals(Shorthand.NOT_AVAILABLE.workbook()) ? (inspected ? "Not recorded" : "Not yet "
                                + "inspected")
                        : shown;
                String region = regionOf.getOrDefault(code, "?");
                for (String other : List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate",
                        "Not applicable", "Not recorded", "Not yet inspected", "Total")) {
                    String expected = other.equals(level) || other.equals("Total") ? "1" : "0";
                    String actual = csv.judgement("Local authority", region, code, header.get(c),
                            other).get("la_count");
                    compared++;
                    if (!actual.equals(expected)) {
                        mismatches.add("authority " + code + " " + header.get(c) + ": workbook shows '" + shown
                                + "', CSV counts "
                                + actual + " for " + other);
                    }
                }
            }
        }
    }

    /** Authorities add up to their region, regions to England, in every area and judgement. */
    private void sums() {
        Map<String, Long> byRegion = new HashMap<>();
        Map<String, Long> national = new HashMap<>();
        for (Map<String, String> r : csv.rows()) {
            String key = r.get("judgement_area") + "|" + r.get("ofsted_judgement");
            long count = Long.parseLong(r.get("la_count"));
            switch (r.get("geographic_level")) {
                case "Local authority" -> byRegion.merge(r.get("region_code") + "|" + key, count, Long::sum);
                case "Regional" -> national.merge(key, count, Long::sum);
                default -> { }
            }
        }
        for (Map<String, String> r : csv.rows()) {
            String key = r.get("judgement_area") + "|" + r.get("ofsted_judgement");
            long count = Long.parseLong(r.get("la_count"));
            Long sum = switch (r.get("geographic_level")) {
                case "Regional" -> byRegion.getOrDefault(r.get("region_code") + "|" + key, 0L);
                case "National" -> national.getOrDefault(key, 0L);
                default -> null;
            };
            if (sum != null) {
                compared++;
                if (sum != count) {
                    mismatches.add(r.get("geographic_level") + " " + r.get("region_code") + " " + key + ": " + count
                            + " in the CSV, " + sum + " summed from the level below");
                }
            }
        }
    }

    private void compare(Cell cell, String csvValue, String what) {
        compared++;
        if (cell.getCellType() == CellType.NUMERIC) {
            BigDecimal shown = BigDecimal.valueOf(cell.getNumericCellValue());
            boolean same = csvValue.matches("-?\\d+(\\.\\d+)?") && shown.compareTo(new BigDecimal(csvValue)) == 0;
            if (!same) {
                mismatches.add(what + ": workbook " + shown + ", CSV " + csvValue);
            }
            return;
        }
        String text = text(cell);
        Shorthand shorthand = null;
        for (Shorthand s : Shorthand.values()) {
            if (s.workbook().equals(text)) {
                shorthand = s;
            }
        }
        if (shorthand == null || !shorthand.csv().equals(csvValue)) {
            mismatches.add(what + ": workbook '" + text + "', CSV '" + csvValue + "'");
        }
    }

    /** The CSV level a workbook label stands for, or null (recorded as a mismatch) when there is none. */
    private String level(String label) {
        for (Grade g : Grade.values()) {
            if (g.label().equals(label)) {
                return label;
            }
        }
        if (LEVELS.containsKey(label)) {
            return LEVELS.get(label);
        }
        if (List.of("Good or outstanding", "Not yet inspected", "Not applicable", "Not recorded").contains(label)) {
            return label;
        }
        mismatches.add("workbook label '" + label + "' has no CSV level");
        return null;
    }

    private List<List<Cell>> table(String key) {
        return wb.tableCells(key);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
    }

    private static String withoutNotes(String text) {
        return NOTE.matcher(text).replaceAll("").strip();
    }
}

package org.ratingspipeline.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorkbookCheckerTest {

    private static Set<String> rulesFlaggedOnGood;

    @TempDir
    Path dir;

    @BeforeAll
    static void checkGoodWorkbookOnce(@TempDir Path tmp) throws IOException {
        Path file = GoodWorkbook.write(GoodWorkbook.build(), tmp.resolve("good.xlsx"));
        rulesFlaggedOnGood = WorkbookChecker.standard().check(file).stream()
                .map(Violation::ruleId).collect(Collectors.toSet());
    }

    static List<Breakages.Breakage> breakages() {
        return Breakages.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void breakingARuleIsReported(Breakages.Breakage breakage) throws IOException {
        // without this, a check that always fires would pass every breaking test
        assertFalse(rulesFlaggedOnGood.contains(breakage.ruleId()),
                breakage.ruleId() + " already fires on the good workbook");
        XSSFWorkbook wb = GoodWorkbook.build();
        breakage.change().accept(wb);
        Path file = GoodWorkbook.write(wb, dir.resolve("broken.xlsx"));
        List<Violation> violations = WorkbookChecker.standard().check(file);
        assertTrue(violations.stream().anyMatch(v -> v.ruleId().equals(breakage.ruleId())),
                () -> breakage + " not reported; got " + violations);
        // the cells read off the XML (or, for a file that is not plain, through POI) find what POI's model finds
        assertEquals(WorkbookChecker.standard().checkThroughPoi(file), violations);
        assertTrue(violations.stream().noneMatch(v -> v.message().startsWith("check could not run")),
                () -> "a check crashed: " + violations);
    }

    /** The failure Excel "repairs": table XML column name differs from the header cell text. */
    @Test
    void headerDifferentFromColumnNameInTheFileIsG4() throws IOException {
        Path good = GoodWorkbook.write(GoodWorkbook.build(), dir.resolve("good.xlsx"));
        Path broken = dir.resolve("broken.xlsx");
        // POI re-syncs column names from header cells on save, so edit the saved table part instead
        rewriteZipEntries(good, broken, "xl/tables/",
                xml -> xml.replace("name=\"Local authority\"", "name=\"Local authorities\""));
        List<Violation> violations = WorkbookChecker.standard().check(broken);
        assertTrue(violations.stream().anyMatch(v -> v.ruleId().equals("G4") && v.isEssential()
                && "Table_1".equals(v.sheet()) && "C5".equals(v.cell())), () -> violations.toString());
    }

    @Test
    void newlineInHeaderIsComparedAsPoiEncodesIt() throws IOException {
        Path good = GoodWorkbook.write(GoodWorkbook.build(), dir.resolve("good.xlsx"));
        String tableXml = readZipEntries(good, "xl/tables/");
        assertTrue(tableXml.contains("Overspend_x000a_("), "fixture should exercise the _x000a_ mapping");
        assertTrue(WorkbookChecker.standard().check(good).stream().noneMatch(v -> v.ruleId().equals("G4")));
    }

    /** Every rule the checker implements, and in particular every essential one, has a breaking test. */
    @Test
    void everyCheckHasABreakingTest() {
        Set<String> tested = Breakages.all().stream().map(Breakages.Breakage::ruleId).collect(Collectors.toSet());
        Set<String> untested = new TreeSet<>();
        for (WorkbookCheck check : WorkbookChecker.standard().checks()) {
            if (!tested.contains(check.ruleId())) {
                untested.add(check.ruleId());
            }
        }
        assertEquals(Set.of(), untested);
    }

    @Test
    void ruleIdsAreUniqueAndSeveritiesMatchTheStandard() {
        List<WorkbookCheck> checks = WorkbookChecker.standard().checks();
        assertEquals(checks.size(), checks.stream().map(WorkbookCheck::ruleId).distinct().count());
        Set<String> essential = checks.stream().filter(c -> c.severity() == Severity.ESSENTIAL)
                .map(WorkbookCheck::ruleId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("A1", "A2", "A4", "A9", "A11", "B2", "C1", "C2", "C5", "D2", "E2",
                "F1", "F2", "F3", "F5", "G1", "G4", "G5", "G6", "H5", "I1", "I2", "I4", "I6", "J1", "J5", "J6",
                "K1", "K2", "K3")), essential);
    }

    @Test
    void recommendedFindingsOfAnEssentialRuleDoNotFailTheJob() throws IOException {
        XSSFWorkbook wb = GoodWorkbook.build();
        Breakages.set(wb, "Table_1", "C6", "Camden E09000007");
        Path file = GoodWorkbook.write(wb, dir.resolve("codes.xlsx"));
        List<Violation> violations = WorkbookChecker.standard().check(file);
        assertTrue(violations.stream().anyMatch(v -> v.ruleId().equals("G6")), violations::toString);
        assertFalse(WorkbookChecker.hasEssential(violations), violations::toString);
    }

    /**
     * H8 blanks links before it looks for periods: a year range in a link's path is no label, one after a link,
     * or after a long word that is no link, is. (The long word once took seconds: that is the benchmark's
     * business; this checks the findings.)
     */
    @Test
    void periodsInLinksAreNotLabelsButPeriodsAfterThemAre() throws IOException {
        Map<String, Boolean> flagged = new LinkedHashMap<>();
        flagged.put("Source: https://example.org/data/2019-20/file.csv", false);
        flagged.put("Source: www.example.org/2019-20", false);
        flagged.put("See https://example.org/x for 2019-20", true);
        flagged.put("x".repeat(30_000) + " 2019-20", true);
        flagged.put("x".repeat(30_000) + "https://example.org/2019-20", false);
        for (Map.Entry<String, Boolean> text : flagged.entrySet()) {
            XSSFWorkbook wb = GoodWorkbook.build();
            Breakages.set(wb, "Cover", "A8", text.getKey());
            Path file = GoodWorkbook.write(wb, dir.resolve("h8.xlsx"));
            boolean h8 = WorkbookChecker.standard().check(file).stream().anyMatch(v -> v.ruleId().equals("H8"));
            assertEquals(text.getValue(), h8, () -> "H8 on " + text.getKey().substring(
                    Math.max(0, text.getKey().length() - 60)));
        }
    }

    @Test
    void repeatedStyleFindingsAreGroupedPerSheet() throws IOException {
        XSSFWorkbook wb = GoodWorkbook.build();
        for (String ref : List.of("C6", "C7", "C8")) {
            Breakages.restyle(wb, "Table_1", ref, s -> s.setRotation((short) 90));
        }
        Path file = GoodWorkbook.write(wb, dir.resolve("rotated.xlsx"));
        List<Violation> i4 = WorkbookChecker.standard().check(file).stream()
                .filter(v -> v.ruleId().equals("I4")).toList();
        assertEquals(1, i4.size(), i4::toString);
        assertEquals("C6", i4.get(0).cell());
        assertTrue(i4.get(0).message().contains("3 cells"), i4.get(0).message());
    }

    @Test
    void violationToStringIsOneLine() {
        assertEquals("E G4 Table_1!C5: header cell is blank",
                new Violation("G4", Severity.ESSENTIAL, "Table_1", "C5", "header cell is blank").toString());
        assertEquals("R A3 workbook: keywords property is not set",
                new Violation("A3", Severity.RECOMMENDED, null, null, "keywords property is not set").toString());
        assertEquals("R J3 Table_1: sheet has frozen or split panes",
                new Violation("J3", Severity.RECOMMENDED, "Table_1", null,
                        "sheet has frozen or split panes").toString());
    }

    @Test
    void hasEssentialLooksOnlyAtSeverity() {
        Violation r = new Violation("A5", Severity.RECOMMENDED, "Cover", null, "zoom");
        Violation e = new Violation("J1", Severity.ESSENTIAL, "Cover", "A1", "merged");
        assertFalse(WorkbookChecker.hasEssential(List.of()));
        assertFalse(WorkbookChecker.hasEssential(List.of(r)));
        assertTrue(WorkbookChecker.hasEssential(List.of(r, e)));
    }

    @Test
    void fileThatIsNotAWorkbookIsAnIOException() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-workbook.xlsx"), "hello");
        assertThrows(IOException.class, () -> WorkbookChecker.standard().check(file));
    }

    @Test
    void checkingDoesNotModifyTheFile() throws IOException {
        Path file = GoodWorkbook.write(GoodWorkbook.build(), dir.resolve("ratings-report.xlsx"));
        byte[] before = Files.readAllBytes(file);
        WorkbookChecker.standard().check(file);
        assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
    }

    /**
     * The checks share the cores: on a workbook with every breakage that applies on top of the others, together they
     * find what each finds on its own, in the standard's order.
     */
    @Test
    void checksRunTogetherFindWhatEachFindsAloneInTheStandardsOrder() throws IOException {
        XSSFWorkbook wb = GoodWorkbook.build();
        for (Breakages.Breakage breakage : Breakages.all()) {
            try {
                breakage.change().accept(wb);
            } catch (RuntimeException e) {
                // this breakage does not apply to a workbook another one has changed already
            }
        }
        Path file = GoodWorkbook.write(wb, dir.resolve("broken-everywhere.xlsx"));
        List<Violation> oneByOne = new ArrayList<>();
        for (WorkbookCheck check : WorkbookChecker.standard().checks()) {
            oneByOne.addAll(new WorkbookChecker(List.of(check)).check(file));
        }
        List<Violation> together = WorkbookChecker.standard().check(file);
        assertTrue(together.stream().map(Violation::ruleId).distinct().count() > 30, together::toString);
        assertEquals(oneByOne, together);
    }

    @Test
    void customCheckListRunsOnlyThoseChecks() throws IOException {
        XSSFWorkbook wb = GoodWorkbook.build();
        wb.getSheet("Table_1").createFreezePane(0, 5);
        wb.getSheet("Table_1").setZoom(150);
        Path file = GoodWorkbook.write(wb, dir.resolve("panes.xlsx"));
        List<Violation> violations = new WorkbookChecker(List.of(new J3NoFreezePanes())).check(file);
        assertEquals(List.of("J3"), violations.stream().map(Violation::ruleId).toList());
    }

    private static void rewriteZipEntries(Path in, Path out, String prefix,
                                          UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
             OutputStream fos = Files.newOutputStream(out);
             ZipOutputStream zout = new ZipOutputStream(fos)) {
            for (ZipEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
                byte[] bytes = zin.readAllBytes();
                if (entry.getName().startsWith(prefix)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(entry.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
    }

    private static String readZipEntries(Path file, String prefix) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (InputStream fin = Files.newInputStream(file); ZipInputStream zin = new ZipInputStream(fin)) {
            for (ZipEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
                if (entry.getName().startsWith(prefix)) {
                    all.write(zin.readAllBytes());
                }
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}

package org.ratingspipeline.report.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-opens a written workbook and runs every check on it. Checking the file rather than the
 * in-memory workbook matters: POI rewrites table column names, styles and shared strings on
 * save, and those serialised parts are what Excel and screen readers see.
 */
public final class WorkbookChecker {

    private static final Logger log = LoggerFactory.getLogger(WorkbookChecker.class);

    private final List<WorkbookCheck> checks;

    public WorkbookChecker(List<WorkbookCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Every check, in the order of the standard. */
    public static WorkbookChecker standard() {
        return new WorkbookChecker(List.of(
                new A1DocumentTitle(), new A2DocumentLanguage(), new A3CreatorAndKeywords(),
                new A4OpensOnFirstSheetAtA1(), new A5Zoom100(), new A6NoMacros(), new A7NoFormulas(),
                new A8NoHiddenSheets(), new A9NoBlankSheets(), new A11ExcelLimits(),
                new B1SheetOrder(), new B2SheetNames(), new B3OneTablePerSheet(), new B4ContentsComplete(),
                new C1CoverTitle(), new C2CoverInColumnA(), new C3CoverSubHeadings(), new C4CoverSections(),
                new C5DescriptiveLinks(),
                new D1ContentsHeading(), new D2ContentsTable(), new D3ContentsLinks(), new D4ContentsDescriptions(),
                new E1NotesTable(), new E2NoteMarkers(), new E3NotesInOrder(), new E4NotesReferenced(),
                new E5NoNotesInData(),
                new F1TableTitle(), new F2SheetDescription(), new F3ShorthandExplained(), new F4NothingBelowTable(),
                new F5TableInColumnA(), new F6NoBlankRowAboveTable(),
                new G1MarkedUpTable(), new G2TableNames(), new G3NoFilterButtonsOrBands(),
                new G4HeadersMatchColumns(), new G5NoBlankRowsOrColumns(), new G6RowLabelsAndCodes(),
                new H1UnitsInHeaders(), new H2OneTypePerColumn(), new H3ShorthandTokens(),
                new H4NoLegacySymbols(), new H5BlankCellsExplained(), new H6NoIndentation(),
                new H7ConfidenceIntervals(), new H8PeriodLabels(), new H9NumbersAsNumbers(),
                new I1FontFaceAndSize(), new I2NoColourOrFills(), new I3NoItalicOrStrayEmphasis(),
                new I4HorizontalText(), new I5NoBorders(), new I6WrapAndWidths(), new I7Alignment(),
                new I8NumberFormats(),
                new J1NoMergedCells(), new J2NoHiddenRowsOrColumns(), new J3NoFreezePanes(),
                new J4NoSheetFilters(), new J5NoHeadersOrFooters(), new J6NoImagesOrShapes(),
                new J7NoComments(), new J8NoDataValidation(),
                new K1ChartsOnOwnSheet(), new K2ChartAltText(), new K3ChartRangesNumeric()));
    }

    public List<WorkbookCheck> checks() {
        return checks;
    }

    /**
     * Opens the file read-only (so checking can never modify the report) and runs every check. The cells of a file
     * our writer wrote are read off its XML while POI opens the rest ({@link CheckedPackage}); any other file, and
     * one that cannot be opened at all, goes the way every file once went, through POI's model alone.
     */
    public List<Violation> check(Path xlsx) throws IOException {
        CheckedPackage.Opened opened;
        try {
            opened = CheckedPackage.open(xlsx);
        } catch (NotPlain e) {
            return checkThroughPoi(xlsx, e);
        }
        try {
            return run(new CheckedWorkbook(opened.workbook(), opened.plainCells()));
        } catch (NotPlain e) {
            return checkThroughPoi(xlsx, e);
        } finally {
            opened.pkg().revert();
        }
    }

    private List<Violation> checkThroughPoi(Path xlsx, NotPlain why) throws IOException {
        log.debug("{}: cells read through POI's model ({})", xlsx.getFileName(), why.getMessage());
        return checkThroughPoi(xlsx);
    }

    /** The file checked with every cell read through POI's model. */
    List<Violation> checkThroughPoi(Path xlsx) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException("Cannot open " + xlsx + " as an xlsx package: " + e.getMessage(), e);
        }
        try {
            XSSFWorkbook workbook;
            try {
                workbook = new XSSFWorkbook(pkg);
            } catch (POIXMLException e) {
                throw new IOException("Cannot read " + xlsx + " as a workbook: " + e.getMessage(), e);
            }
            return run(workbook);
        } finally {
            // revert, not close: close() on a read-only package logs a warning and would try to save
            pkg.revert();
        }
    }

    /** Package-private: callers must check the written file, not an in-memory workbook. */
    List<Violation> run(XSSFWorkbook workbook) {
        return run(new CheckedWorkbook(workbook));
    }

    private List<Violation> run(CheckedWorkbook book) {
        book.readAll();
        // The checks only read, each on its own, so they share the cores; the findings keep the standard's order.
        return checks.parallelStream().map(check -> run(check, book)).flatMap(List::stream).toList();
    }

    private static List<Violation> run(WorkbookCheck check, CheckedWorkbook book) {
        try {
            return check.check(book);
        } catch (RuntimeException e) {
            // a check that trips over a malformed part means the file is not what we wrote;
            // report it under the rule instead of hiding every other finding behind a stack trace
            return List.of(new Violation(check.ruleId(), check.severity(), null, null, "check could not run: " + e));
        }
    }

    public static boolean hasEssential(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isEssential);
    }
}

package org.ratingspipeline.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoodWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void goodWorkbookHasNoEssentialViolations() throws Exception {
        Path file = GoodWorkbook.write(GoodWorkbook.build(), dir.resolve("ratings-report.xlsx"));
        List<Violation> violations = WorkbookChecker.standard().check(file);
        violations.forEach(v -> System.out.println("good workbook: " + v));
        assertFalse(WorkbookChecker.hasEssential(violations), () -> "essential violations: " + violations);
    }

    /** The fixture follows every convention, so recommended findings would be false positives. */
    @Test
    void goodWorkbookHasNoRecommendedViolationsEither() throws Exception {
        Path file = GoodWorkbook.write(GoodWorkbook.build(), dir.resolve("ratings-report.xlsx"));
        assertEquals(List.of(), WorkbookChecker.standard().check(file));
    }
}

package org.ratingspipeline.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * For tests of a written report: the checker's fast reading of cells ({@link CheckedPackage}) takes the file, and
 * gives every sheet the same cells, cell for cell, as POI's model of the whole file gives the checks.
 */
public final class PlainCellsAgree {

    private PlainCellsAgree() {
    }

    /** What a check sees of a cell, without the sheet object (each reading has its own). */
    record Seen(String sheet, int row, int col, String cellType, String valueType, String text, double number,
                StyleFacts style, List<FontFacts> runFonts) {
        static Seen of(CellSnapshot c) {
            return new Seen(c.sheet().getSheetName(), c.row(), c.col(), c.cellType().name(), c.valueType().name(),
                    c.text(), c.number(), c.style(), c.runFonts());
        }
    }

    /** Fails unless the file opens the fast way and both readings give every sheet the same cells. */
    public static void assertIn(Path xlsx) throws IOException, InvalidFormatException {
        CheckedPackage.Opened fast = CheckedPackage.open(xlsx);
        OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        try {
            CheckedWorkbook plain = new CheckedWorkbook(fast.workbook(), fast.plainCells());
            plain.readAll();
            CheckedWorkbook poi = new CheckedWorkbook(new XSSFWorkbook(pkg));
            poi.readAll();
            assertThat(fast.plainCells()).hasSize(poi.sheets().size());
            assertThat(seen(plain)).isNotEmpty().containsExactlyElementsOf(seen(poi));
            for (int i = 0; i < poi.sheets().size(); i++) {
                assertThat(plain.sheets().get(i).getLastRowNum()).isEqualTo(poi.sheets().get(i).getLastRowNum());
            }
        } finally {
            fast.pkg().revert();
            pkg.revert();
        }
    }

    private static List<Seen> seen(CheckedWorkbook book) {
        return book.sheets().stream().flatMap(s -> book.cells(s).all().stream()).map(Seen::of).toList();
    }
}

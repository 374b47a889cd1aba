package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * J6: no images or logos (E) and no floating text boxes or shapes (R); charts in graphic frames
 * are K1's business.
 */
public final class J6NoImagesOrShapes extends AbstractCheck {

    public J6NoImagesOrShapes() {
        super("J6", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        if (!workbook.getAllPictures().isEmpty()) {
            out.add(violation("workbook contains " + workbook.getAllPictures().size() + " picture(s)"));
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            if (drawing == null) {
                continue;
            }
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFPicture) {
                    out.add(violation(sheet, "image '" + shape.getShapeName() + "' on the sheet"));
                } else if (!(shape instanceof XSSFGraphicFrame)) {
                    out.add(violation(Severity.RECOMMENDED, sheet, null,
                            "floating shape or text box '" + shape.getShapeName() + "'; put text in cells"));
                }
            }
        }
        return out;
    }
}

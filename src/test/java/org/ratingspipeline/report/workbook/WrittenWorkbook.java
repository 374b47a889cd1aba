package org.ratingspipeline.report.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSections;
import org.ratingspipeline.report.tidy.TidyDatasets;

/** A workbook written in memory from one section, as a run as at 31 March 2025 would write it, and read back. */
final class WrittenWorkbook {

    private static final ReportRun RUN = new ReportRun(1, 1, LocalDate.of(2025, 3, 31),
            LocalDateTime.of(2025, 4, 1, 2, 0));

    private WrittenWorkbook() {
    }

    static XSSFWorkbook of(RatingsProperties properties, ReportSection section) throws IOException {
        RatingsWorkbook workbook = new RatingsWorkbook(properties, ReportSections.of(section), runId -> List.of(),
                TidyDatasets.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(workbook.content(RUN), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Column A down to the table's header row. */
    static List<String> linesAbove(XSSFSheet sheet) {
        int header = sheet.getTables().get(0).getStartRowIndex();
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < header; r++) {
            lines.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        return lines;
    }
}

package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** C4: the cover has the sections users look for (our list from the standard). */
public final class C4CoverSections extends AbstractCheck {

    public static final List<String> DEFAULT_SECTIONS =
            List.of("About these data", "Source", "Published", "Next update", "Contact");

    private final List<String> sections;

    public C4CoverSections() {
        this(DEFAULT_SECTIONS);
    }

    public C4CoverSections(List<String> sections) {
        super("C4", Severity.RECOMMENDED);
        this.sections = List.copyOf(sections);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        if (workbook.getNumberOfSheets() == 0) {
            return out;
        }
        XSSFSheet cover = workbook.getSheetAt(0);
        List<String> texts = new ArrayList<>();
        for (CellSnapshot cell : book.cells(cover).nonBlank()) {
            texts.add(cell.text().strip().toLowerCase(Locale.ROOT));
        }
        for (String section : sections) {
            String label = section.toLowerCase(Locale.ROOT);
            boolean present = texts.stream().anyMatch(t -> t.equals(label)
                    || t.startsWith(label + ":") || t.startsWith(label + " "));
            if (!present) {
                out.add(violation(cover, "cover has no '" + section + "' section"));
            }
        }
        return out;
    }
}

package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** C4: the cover has the sections users look for (our list from the standard). */
public final class C4CoverSections extends CoverCheck {

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
    protected List<Violation> checkCover(CheckedWorkbook book, XSSFSheet cover) {
        List<Violation> out = new ArrayList<>();
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

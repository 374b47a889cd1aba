package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * C5: every hyperlink (on any sheet, as the DfT checker does) has descriptive, underlined text;
 * a link to a downloadable document states its type and size.
 */
public final class C5DescriptiveLinks extends AbstractCheck {

    private static final Pattern BARE_URL = Pattern.compile("(?i)^\\s*(https?://|www\\.)");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(click here|link)\\b");
    private static final Pattern DOCUMENT_TARGET =
            Pattern.compile("(?i).*\\.(ods|xlsx?|csv|pdf|docx?|odt|zip)(\\?.*)?$");
    private static final Pattern TYPE_AND_SIZE = Pattern.compile("(?i)\\([A-Z]{2,5},\\s*[\\d.,]+\\s*(KB|MB|GB)\\)");

    public C5DescriptiveLinks() {
        super("C5", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (XSSFHyperlink link : sheet.getHyperlinkList()) {
                CellSnapshot cell = book.cells(sheet).get(link.getFirstRow(), link.getFirstColumn());
                String ref = Cells.ref(link.getFirstRow(), link.getFirstColumn());
                String text = cell == null ? "" : cell.text().strip();
                if (text.isEmpty()) {
                    out.add(violation(sheet, ref, "hyperlink has no text"));
                    continue;
                }
                if (BARE_URL.matcher(text).find()) {
                    out.add(violation(sheet, ref, "hyperlink text is a bare URL; describe the target: " + text));
                }
                if (VAGUE.matcher(text).find()) {
                    out.add(violation(sheet, ref, "hyperlink text is not descriptive: " + text));
                }
                if (!cell.font().underlined()) {
                    out.add(violation(sheet, ref, "hyperlink text is not underlined"));
                }
                String address = link.getAddress() == null ? "" : link.getAddress().toLowerCase(Locale.ROOT);
                if (link.getType() == HyperlinkType.URL && DOCUMENT_TARGET.matcher(address).matches()
                        && !TYPE_AND_SIZE.matcher(text).find()) {
                    out.add(violation(Severity.RECOMMENDED, sheet, ref,
                            "link to a document should give its type and size, e.g. (ODS, 23 KB): " + text));
                }
            }
        }
        return out;
    }
}

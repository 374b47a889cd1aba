package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A3: creator is the organisation and keywords are filled. Whether a creator is a person's
 * name cannot be decided mechanically; we only catch blank values and POI's default.
 */
public final class A3CreatorAndKeywords extends AbstractCheck {

    public A3CreatorAndKeywords() {
        super("A3", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        String creator = core.getCreator();
        if (creator == null || creator.isBlank()) {
            out.add(violation("creator (author) property is not set; use the organisation name"));
        } else if (creator.strip().equals(POIXMLDocument.DOCUMENT_CREATOR)) {
            out.add(violation("creator is POI's default '" + creator + "'; use the organisation name"));
        }
        String keywords = core.getKeywords();
        if (keywords == null || keywords.isBlank()) {
            out.add(violation("keywords property is not set"));
        }
        return out;
    }
}

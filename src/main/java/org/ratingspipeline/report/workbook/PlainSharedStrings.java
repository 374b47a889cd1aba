package org.ratingspipeline.report.workbook;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The workbook's shared-strings part, told apart by their text. POI keys each string it is given by the string
 * serialised as XML, so every text cell paid for an XML serialisation even when its text was already shared: the
 * bundled report has 18,260 text cells and 1,199 distinct texts, and that serialisation was a tenth of writing
 * the workbook. A plain string (one text, no runs of formatting, no phonetic runs) is keyed by its text instead;
 * anything richer keeps POI's key. The part written is the same: same strings, same order, same counts.
 */
final class PlainSharedStrings extends SharedStringsTable {

    /**
     * Starts plain keys: NUL cannot occur in XML, so no text can make a plain key equal to POI's key of a rich
     * string.
     */
    private static final char PLAIN = '\u0000';

    /** Makes new workbooks with this table as their shared-strings part; every other part is POI's. */
    static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (XSSFRelation.SHARED_STRINGS.equals(descriptor)) {
                return new PlainSharedStrings();
            }
            return super.newDocumentPart(descriptor);
        }
    }

    @Override
    protected String xmlText(CTRst st) {
        if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
            return PLAIN + st.getT();
        }
        return super.xmlText(st);
    }
}

package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTAutoFilter;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * G3: no filter buttons and no banded or coloured table style. An autoFilter element is fine
 * only if every column's button is hidden (how openxlsx writes "no filter").
 */
public final class G3NoFilterButtonsOrBands extends AbstractCheck {

    private static final Set<String> PLAIN_STYLES = Set.of("", "none", "TableStyleLight1");

    public G3NoFilterButtonsOrBands() {
        super("G3", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.inWorkbook(book)) {
            CTTable ct = table.table().getCTTable();
            if (ct.isSetAutoFilter() && !allButtonsHidden(ct.getAutoFilter(), table.columnCount())) {
                out.add(violation(table.sheet(), "table " + table.name() + " shows filter buttons"));
            }
            if (ct.isSetTableStyleInfo()) {
                CTTableStyleInfo style = ct.getTableStyleInfo();
                if ((style.isSetShowRowStripes() && style.getShowRowStripes())
                        || (style.isSetShowColumnStripes() && style.getShowColumnStripes())) {
                    out.add(violation(table.sheet(), "table " + table.name() + " has banded rows or columns"));
                }
                String name = style.isSetName() ? style.getName() : "";
                if (!PLAIN_STYLES.contains(name)) {
                    out.add(violation(table.sheet(), "table " + table.name() + " uses style " + name
                            + "; use TableStyleLight1 or none"));
                }
            }
        }
        return out;
    }

    /**
     * Walks the filterColumn children with a cursor because poi-ooxml-lite ships no
     * CTFilterColumn class (POI itself never reads it).
     */
    private static boolean allButtonsHidden(CTAutoFilter filter, int columns) {
        Set<Long> hidden = new HashSet<>();
        try (XmlCursor cursor = filter.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                if (!"filterColumn".equals(cursor.getName().getLocalPart())) {
                    continue;
                }
                String colId = cursor.getAttributeText(new QName("colId"));
                String button = cursor.getAttributeText(new QName("hiddenButton"));
                if (colId != null && ("1".equals(button) || "true".equals(button))) {
                    hidden.add(Long.parseLong(colId.strip()));
                }
            }
        }
        for (long c = 0; c < columns; c++) {
            if (!hidden.contains(c)) {
                return false;
            }
        }
        return true;
    }
}

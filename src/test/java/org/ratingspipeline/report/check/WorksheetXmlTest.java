package org.ratingspipeline.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetXmlTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cols><col min=\"1\" max=\"1\"/></cols>";

    @Test
    void aWorkbookPoiWroteIsReadOffItsXmlCellForCellAsPoiReadsIt(@TempDir Path dir) throws Exception {
        PlainCellsAgree.assertIn(GoodWorkbook.write(GoodWorkbook.build(), dir.resolve("good.xlsx")));
    }

    @Test
    void theCellsAreCutAndTheRowsAndTheRestKept() {
        String xml = HEAD + "<sheetData><row r=\"1\" ht=\"20\" customHeight=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v>"
                + "</c><c r=\"C1\" odd=\"a>b\"/></row><row r=\"3\" hidden=\"1\"><c r=\"B3\" t=\"b\"><v>1</v></c>"
                + "</row></sheetData><hyperlinks><hyperlink ref=\"A1\" location=\"'Notes'!A1\"/></hyperlinks>"
                + "</worksheet>";

        WorksheetXml.Cut cut = WorksheetXml.withoutCells(bytes(xml));

        assertThat(cut.cells()).isEqualTo(3);
        assertThat(new String(cut.xml(), StandardCharsets.UTF_8)).isEqualTo(HEAD + "<sheetData><row r=\"1\" "
                + "ht=\"20\" customHeight=\"1\"></row><row r=\"3\" hidden=\"1\"></row></sheetData><hyperlinks>"
                + "<hyperlink ref=\"A1\" location=\"'Notes'!A1\"/></hyperlinks></worksheet>");
        assertThat(WorksheetXml.cells(bytes(xml))).containsExactly(new PlainCell(0, 0, "s", 1, "0"),
                new PlainCell(0, 2, "n", 0, null), new PlainCell(2, 1, "b", 0, "1"));
    }

    @Test
    void aFormulaOrAnInlineStringIsNotPlain() {
        for (String cell : List.of("<c r=\"A1\"><f>1+1</f><v>2</v></c>", "<c r=\"A1\" t=\"inlineStr\"><is><t>x</t>"
                + "</is></c>", "<c r=\"A1\" t=\"str\"><v>x</v></c>")) {
            byte[] xml = bytes(HEAD + "<sheetData><row r=\"1\">" + cell + "</row></sheetData></worksheet>");
            assertThatThrownBy(() -> WorksheetXml.cells(xml)).as(cell).isInstanceOf(NotPlain.class);
        }
    }

    @Test
    void aCommentAmongTheCellsOrCellsOutOfOrderAreNotPlain() {
        byte[] comment = bytes(HEAD + "<sheetData><row r=\"1\"><!-- <c r=\"A1\"> --><c r=\"B1\"><v>1</v></c></row>"
                + "</sheetData></worksheet>");
        assertThatThrownBy(() -> WorksheetXml.withoutCells(comment)).isInstanceOf(NotPlain.class);
        byte[] backwards = bytes(HEAD + "<sheetData><row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c>"
                + "</row></sheetData></worksheet>");
        assertThatThrownBy(() -> WorksheetXml.cells(backwards)).isInstanceOf(NotPlain.class);
        byte[] utf16 = (HEAD + "<sheetData/></worksheet>").getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> WorksheetXml.withoutCells(utf16)).isInstanceOf(NotPlain.class);
    }

    /** A prefixed sheetData is read (StAX knows the namespace) but not cut, so the counts differ: not plain. */
    @Test
    void aPrefixedSheetIsReadButNotCut() {
        byte[] xml = bytes("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>");

        assertThat(WorksheetXml.cells(xml)).hasSize(1);
        assertThat(WorksheetXml.withoutCells(xml).cells()).isZero();
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}

package org.ratingspipeline.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.ratingspipeline.common.WorkbookTheme;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.Table;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.workbook.WorkbookStyles.Role;

/**
 * Lays out a workbook the way the spreadsheet standard asks (Cover, Contents, Notes, then one
 * table per sheet, each a marked-up Excel table with its title and explanations above it).
 * Knows nothing about inspections: it is given the content.
 */
public class WorkbookWriter {

    /** Document properties: who publishes and how the file is found. */
    public record Properties(String creator, String keywords, String subject, String language) {
    }

    /** Fonts, widths, page and the order of a table sheet's lines: every layout number of the workbook. */
    private final WorkbookTheme theme;

    public WorkbookWriter(WorkbookTheme theme) {
        this.theme = Objects.requireNonNull(theme, "the workbook theme (ratings.workbook)");
    }

    public void write(OutputStream out, Cover cover, List<Table> tables, List<ChartSheet> charts, Notes notes,
            Properties properties)
            throws IOException {
        // The cells are written as POI's streaming workbook writes them, straight into each sheet's XML, instead of
        // as one XML object each (what XSSF builds, keeps until the file is written, then serialises): the national
        // workbook has 41,000 cells, and making and serialising those objects was half of writing it. What is not
        // a cell (styles, tables, print settings, drawings) is POI's XSSF workbook underneath, as before.
        try (SXSSFWorkbook wb = new StreamedWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(wb.getXSSFWorkbook(), theme);
            writeCover(wb, styles, cover);
            List<List<Object>> contents = new ArrayList<>();
            for (Table t : tables) {
                contents.add(List.of(t.sheetName(), stripNotes(t.title())));
            }
            for (ChartSheet c : charts) {
                contents.add(List.of(c.sheetName(), stripNotes(c.title())));
            }
            Table contentsTable = new Table("Contents", "contents_table", "Contents",
                    List.of(TableContent.ONE_TABLE),
                    List.of(Column.text("Sheet name"), Column.text("Table description")), contents);
            SXSSFSheet contentsSheet = writeTable(wb, styles, contentsTable);
            linkSheetNames(wb, styles, contentsSheet, contents.size());
            writeTable(wb, styles, new Table("Notes", "notes_table", "Notes",
                    List.of(TableContent.ONE_TABLE),
                    List.of(Column.text("Note number"), Column.text("Note text")), notes.rows()));
            for (Table t : tables) {
                writeTable(wb, styles, t);
            }
            for (ChartSheet c : charts) {
                c.writeTo(wb, styles);
            }
            setProperties(wb, cover.title(), properties);
            setView(wb);
            wb.write(out);
        }
    }

    static String stripNotes(String text) {
        return text.replaceAll("\\s*\\[note [\\d, ]+\\]", "").strip();
    }

    private void writeCover(SXSSFWorkbook wb, WorkbookStyles styles, Cover cover) {
        SXSSFSheet sheet = wb.createSheet("Cover");
        int width = theme.widths().cover();
        sheet.setColumnWidth(0, width * 256);
        int r = 0;
        textRow(sheet, r++, cover.title(), styles.get(Role.COVER_TITLE));
        for (Cover.Section section : cover.sections()) {
            textRow(sheet, r++, section.heading(), styles.get(Role.HEADING));
            for (Cover.Line line : section.lines().stream()
                    .flatMap(l -> CoverLinks.fitted(l, width, theme.fonts().body()).stream()).toList()) {
                Cell cell = textRow(sheet, r++, line.text(), styles.get(line.url() == null ? Role.BODY : Role.LINK));
                if (line.url() != null) {
                    Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                    link.setAddress(line.url());
                    cell.setHyperlink(link);
                }
            }
        }
        TextFit.fitRows(sheet);
        PrintLayout.page(cover.title(), 0).applyTo(sheet, theme.page());
    }

    private static Cell textRow(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(visible(text));
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * Control characters (a bell, an escape) cannot be stored in a workbook's XML, and the library
     * would write each as "?", so the data-quality table would show a value no file held: each is
     * shown as its code point instead ({@code <U+0007>}). Tabs and line breaks stay.
     */
    static String visible(String text) {
        if (text.codePoints().noneMatch(WorkbookWriter::unstorable)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (unstorable(c)) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean unstorable(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
    }

    SXSSFSheet writeTable(SXSSFWorkbook wb, WorkbookStyles styles, Table t) {
        SXSSFSheet sheet = wb.createSheet(t.sheetName());
        List<Column> columns = t.columns();
        int[] widths = columnWidths(t);
        // A line wider than the table would widen the print area, and the table shrinks with it to fit one page
        // wide: such a line takes several rows, each within the table or a landscape page, whichever is wider.
        double room = Math.max(IntStream.of(widths).sum(), PrintLayout.landscapeWidth(theme.page()));
        TextFit.RowHeights heights = new TextFit.RowHeights();
        int r = 0;
        for (WorkbookTheme.SheetLine part : theme.tableSheetLines()) {
            boolean title = part == WorkbookTheme.SheetLine.TITLE;
            CellStyle style = styles.get(title ? Role.TITLE : Role.LINE);
            for (String line : lines(t, part)) {
                for (String text : title ? List.of(line) : LineBreaks.within(line, room, theme.fonts().body())) {
                    Cell cell = textRow(sheet, r++, text, style);
                    heights.text(visible(text), style, widths[0]);
                    heights.setOn(cell.getRow());
                }
            }
        }
        int headerRow = r;
        List<String> headers = headers(columns, widths);
        header(sheet.createRow(r++), columns, headers, styles, widths, heights);
        for (List<Object> values : t.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                writeCell(row.createCell(c), values.get(c), columns.get(c), styles, widths[c], heights);
            }
            heights.setOn(row);
        }
        int lastRow = r - 1;
        XSSFSheet under = StreamedWorkbook.under(sheet);
        setWidths(sheet, under, columns, widths, headerRow, lastRow);
        markUpTable(under, t, headers, headerRow, lastRow);
        PrintLayout.table(t.title(), headerRow, columns.size() - 1, keyColumns(columns))
                .applyTo(sheet, theme.page());
        return sheet;
    }

    /**
     * Each column's width in column units: its header's and its widest value's, padded, within the theme's bounds.
     * Computed from the text, not measured with fonts, so the file is the same on every machine.
     */
    private int[] columnWidths(Table t) {
        List<Column> columns = t.columns();
        Map<NumberShown, String> numbersShown = new HashMap<>();
        double[] widest = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widest[c] = headerWidth(columns.get(c).header());
        }
        for (List<Object> values : t.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                String shown = shown(values.get(c), columns.get(c), numbersShown);
                widest[c] = Math.max(widest[c], TextFit.widestLine(shown, theme.fonts().body(), false));
            }
        }
        WorkbookTheme.Widths w = theme.widths();
        int[] chars = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            chars[c] = Math.min(w.maxColumn(), Math.max(w.minColumn(), (int) Math.ceil(widest[c]) + w.columnPadding()));
        }
        return chars;
    }

    /** The lines of one part of the text above a table. */
    private static List<String> lines(Table t, WorkbookTheme.SheetLine part) {
        return switch (part) {
            case TITLE -> List.of(t.title());
            case DESCRIPTION -> t.description();
            case ROW_NOTES -> t.rowNotes();
            case SOURCE -> t.source() == null ? List.of() : List.of(t.source());
            case SHORTHAND -> shorthandUsed(t).stream().filter(s -> !explainedInDescription(t, s))
                    .map(Shorthand::explanation).toList();
        };
    }

    /**
     * A section that says why a shorthand stands where it does ("[z] = not applicable: no next inspection by the
     * reporting date") has explained it; the bare line as well would say it twice.
     */
    private static boolean explainedInDescription(Table t, Shorthand s) {
        return t.description().stream().anyMatch(line -> line.startsWith(s.explanation()));
    }

    /** Each column's header as written: broken into lines that leave the column's padding beside them. */
    private List<String> headers(List<Column> columns, int[] widths) {
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            headers.add(LineBreaks.header(columns.get(c).header(), widths[c] - theme.widths().columnPadding(),
                    theme.fonts().body()));
        }
        return headers;
    }

    /** Writes the header row, as high as its longest header wraps to. */
    private static void header(Row header, List<Column> columns, List<String> headers, WorkbookStyles styles,
            int[] widths, TextFit.RowHeights heights) {
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            CellStyle style = styles.get(columns.get(c).kind().numeric() || columns.get(c).kind().temporal()
                    ? Role.HEADER_NUMBER : Role.HEADER_TEXT);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(style);
            heights.text(headers.get(c), style, widths[c]);
        }
        heights.setOn(header);
    }

    private static void setWidths(SXSSFSheet sheet, XSSFSheet under, List<Column> columns, int[] widths,
            int headerRow, int lastRow) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            if (columns.get(c).kind() == Column.Kind.CODE) {
                under.addIgnoredErrors(new CellRangeAddress(headerRow + 1, lastRow, c, c),
                        IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            }
        }
    }

    /**
     * Marks the header and rows up as an Excel table, named for the table, plain and without filters. The table is
     * XSSF's, on the sheet under the streamed cells, which it cannot read: its column names are the headers, given
     * here as Excel wants them (equal to the header cells' text, or it calls the file unreadable), line breaks
     * escaped as POI's own {@link XSSFTable#updateHeaders} escapes them (an XML attribute would read one as a space).
     */
    private static void markUpTable(XSSFSheet sheet, Table t, List<String> headers, int headerRow, int lastRow) {
        XSSFTable table = sheet.createTable(new AreaReference(new CellReference(headerRow, 0),
                new CellReference(lastRow, t.columns().size() - 1), SpreadsheetVersion.EXCEL2007));
        table.setName(t.tableName());
        table.setDisplayName(t.tableName());
        var ct = table.getCTTable();
        for (int c = 0; c < t.columns().size(); c++) {
            ct.getTableColumns().getTableColumnArray(c)
                    .setName(headers.get(c).replace("\n", "_x000a_").replace("\r", "_x000d_"));
        }
        if (ct.isSetAutoFilter()) {
            ct.unsetAutoFilter();
        }
        var style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(false);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    /** The leading code columns and the name after them, which say which row a printed page shows. */
    private static int keyColumns(List<Column> columns) {
        int keys = 0;
        while (keys < columns.size() && columns.get(keys).kind() == Column.Kind.CODE) {
            keys++;
        }
        return keys < columns.size() && columns.get(keys).kind() == Column.Kind.TEXT ? keys + 1 : keys;
    }

    /**
     * The width a header asks of its column: its longest word, and its lines up to a modest width, so
     * a long header wraps over a narrow column of numbers instead of widening it (its row grows to fit).
     */
    private double headerWidth(String header) {
        int points = theme.fonts().body();
        double widestWord = 0;
        for (String word : header.split("[ \n]")) {
            widestWord = Math.max(widestWord, TextFit.width(word, points, true));
        }
        return Math.max(widestWord, Math.min(theme.widths().headerLine(), TextFit.widestLine(header, points, true)));
    }

    /** Every shorthand a table uses is explained above it, and only those. */
    private static Set<Shorthand> shorthandUsed(Table t) {
        Set<Shorthand> used = EnumSet.noneOf(Shorthand.class);
        for (List<Object> row : t.rows()) {
            for (Object v : row) {
                if (v instanceof Shorthand s) {
                    used.add(s);
                }
            }
        }
        return used;
    }

    /**
     * The text a value shows (about, for numbers), for its column's width; a value its column cannot hold is refused.
     * A table repeats the same counts and shares thousands of times, so the text of each number is formatted once
     * per table.
     */
    private static String shown(Object value, Column column, Map<NumberShown, String> numbersShown) {
        if (value instanceof Shorthand s) {
            return s.workbook();
        }
        if (value instanceof LocalDate) {
            return "30 May 2025";
        }
        if (value instanceof LocalDateTime) {
            return "30 May 2025 00:00:00";
        }
        if (value instanceof Number n) {
            if (!column.kind().numeric()) {
                throw new IllegalArgumentException("number " + n + " in text column " + column.header());
            }
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            return numbersShown.computeIfAbsent(new NumberShown(column.kind() == Column.Kind.DECIMAL_1, d),
                    k -> String.format(k.oneDecimal() ? "%,.1f" : "%,.0f", k.value()));
        }
        if (value instanceof String s) {
            if (column.kind().numeric()) {
                throw new IllegalArgumentException("text '" + s + "' in numeric column " + column.header() + ": use a "
                        + "Shorthand");
            }
            return s;
        }
        throw new IllegalArgumentException("cannot write " + value + " in column " + column.header());
    }

    /**
     * Writes one value, which {@link #shown} has accepted for its column, and counts the room it takes in its row's
     * height (its column is {@code units} wide).
     */
    private static void writeCell(Cell cell, Object value, Column column, WorkbookStyles styles, int units,
            TextFit.RowHeights heights) {
        if (value instanceof Shorthand s) {
            CellStyle style = column.kind().numeric() || column.kind().temporal() ? styles.get(Role.SHORTHAND)
                    : styles.get(Role.TEXT);
            setText(cell, s.workbook(), style, units, heights);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            setValueStyle(cell, d, styles.forKind(Column.Kind.DATE), units, heights);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            setValueStyle(cell, t, styles.forKind(Column.Kind.DATE_TIME), units, heights);
        } else if (value instanceof Number n) {
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            cell.setCellValue(d);
            setValueStyle(cell, d, styles.forKind(column.kind()), units, heights);
        } else {
            // Always a string cell: text from an input file that starts with "=" is shown, never evaluated.
            setText(cell, visible((String) value), styles.forKind(column.kind()), units, heights);
        }
    }

    private static void setText(Cell cell, String text, CellStyle style, int units, TextFit.RowHeights heights) {
        cell.setCellValue(text);
        cell.setCellStyle(style);
        heights.text(text, style, units);
    }

    private static void setValueStyle(Cell cell, Object value, CellStyle style, int units,
            TextFit.RowHeights heights) {
        cell.setCellStyle(style);
        heights.value(cell, value, style, units);
    }

    private record NumberShown(boolean oneDecimal, double value) {
    }

    private void linkSheetNames(SXSSFWorkbook wb, WorkbookStyles styles, SXSSFSheet contents, int count) {
        int first = StreamedWorkbook.under(contents).getTables().get(0).getStartCellReference().getRow() + 1;
        for (int i = 0; i < count; i++) {
            Cell cell = contents.getRow(first + i).getCell(0);
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + cell.getStringCellValue() + "'!A1");
            cell.setHyperlink(link);
            cell.setCellStyle(styles.get(Role.LINK));
        }
    }

    private static void setProperties(SXSSFWorkbook wb, String title, Properties p) {
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(p.creator());
        core.setKeywords(p.keywords());
        core.setSubjectProperty(p.subject());
        core.getUnderlyingProperties().setLanguageProperty(p.language());
    }

    private static void setView(SXSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            sheet.setSelected(i == 0);
            sheet.setActiveCell(new CellAddress("A1"));
            sheet.setZoom(100);
        }
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }
}

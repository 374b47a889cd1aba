package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook under check, for one run of the checks. Every XSSF getter goes into the XML store,
 * and many checks look at every cell, so each sheet's cells are read once, before the checks run
 * ({@link #readAll}), and every check shares that reading. A new one is made per run, so nothing read is
 * kept beyond it. From then on nothing in it changes, so the checks may share it across threads.
 */
public final class CheckedWorkbook {

    private final XSSFWorkbook workbook;
    private final CellReader reader;
    private final Map<XSSFSheet, SheetCells> cells = new IdentityHashMap<>();
    /** The cells read off the XML of sheets POI opened without them, by part name ({@link CheckedPackage}). */
    private final Map<String, List<PlainCell>> plainCells;
    private WorkbookLayout layout;

    CheckedWorkbook(XSSFWorkbook workbook) {
        this(workbook, Map.of());
    }

    CheckedWorkbook(XSSFWorkbook workbook, Map<String, List<PlainCell>> plainCells) {
        this.workbook = workbook;
        this.reader = new CellReader(workbook.getNumCellStyles());
        this.plainCells = plainCells;
    }

    /** For what is not a cell: properties, sheet settings, tables, drawings. */
    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** Every sheet, in workbook order. */
    List<XSSFSheet> sheets() {
        List<XSSFSheet> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(workbook.getSheetAt(i));
        }
        return sheets;
    }

    /**
     * Reads every sheet's cells and the layout, and has POI build what it builds only when first asked and keeps
     * in a plain field (the document properties, the list of pictures, each table's columns: the lazy fields of
     * the POI getters the checks call, found in POI 5.5's classes), so that what the checks then ask of this
     * object or of POI only reads. POI's XML store itself is synchronised.
     */
    void readAll() {
        // Each sheet is a document of its own in POI's XML store, locked apart from the others, so the sheets are
        // read side by side on the cores the rules then share; the shared strings and styles they all read from
        // are documents POI locks too.
        List<XSSFSheet> sheets = sheets();
        List<SheetCells> read = sheets.parallelStream().map(sheet -> {
            List<PlainCell> plain = plainCells.get(sheet.getPackagePart().getPartName().getName());
            SheetCells sheetCells = plain == null ? SheetCells.read(sheet, reader)
                    : SheetCells.of(sheet, plain, reader, workbook);
            sheet.getTables().forEach(XSSFTable::getColumns);
            return sheetCells;
        }).toList();
        for (int i = 0; i < sheets.size(); i++) {
            cells.put(sheets.get(i), read.get(i));
        }
        layout();
        workbook.getProperties();
        workbook.getAllPictures();
    }

    SheetCells cells(XSSFSheet sheet) {
        return cells.computeIfAbsent(sheet, s -> SheetCells.read(s, reader));
    }

    /** The cells with content on every sheet, sheet by sheet in workbook order. */
    List<CellSnapshot> nonBlankCells() {
        List<CellSnapshot> nonBlank = new ArrayList<>();
        for (XSSFSheet sheet : sheets()) {
            nonBlank.addAll(cells(sheet).nonBlank());
        }
        return nonBlank;
    }

    WorkbookLayout layout() {
        if (layout == null) {
            layout = WorkbookLayout.of(workbook);
        }
        return layout;
    }
}

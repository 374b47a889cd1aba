package org.ratingspipeline.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ratingspipeline.PdfWords.Page;
import org.ratingspipeline.PdfWords.Word;

/**
 * What a reader of the printed workbook (or its PDF) would find wrong, judged from where the PDF
 * draws each word: a cell's words missing from its sheet's pages (clipped by a row too short, a
 * column too narrow, "###" for a number, text cut off at the edge of the print area), and words
 * drawn over each other (a wrapped paragraph running into the rows below it). Pages are matched
 * to sheets by their page header, which is the sheet's title.
 */
final class PrintedLook {

    /** Lines of one wrapped cell overlap by about 15% of their boxes; text run over other text by far more. */
    private static final double OVERLAP_SHARE = 0.3;
    /** Renderers break words longer than a line; those are found in the joined text instead. */
    private static final int BREAKABLE_WORD = 12;
    private static final int SHOWN = 8;
    private static final String SPACES = "[\\s\\u00a0]+";

    private final XSSFWorkbook workbook;
    private final List<Page> pages;
    /** English as LibreOffice writes it: Java's UK locale abbreviates September "Sept", LibreOffice "Sep". */
    private final DataFormatter display = new DataFormatter(Locale.ENGLISH);

    PrintedLook(XSSFWorkbook workbook, List<Page> pages) {
        this.workbook = workbook;
        this.pages = List.copyOf(pages);
    }

    /** Every problem found, one line each; empty when every cell's text is printed and nothing overlaps. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, List<Page>> bySheet = pagesBySheet(problems);
        bySheet.forEach((sheet, printed) -> problems.addAll(missingWords(workbook.getSheet(sheet), printed)));
        for (Page page : pages) {
            problems.addAll(overlaps(page));
        }
        return problems;
    }

    /** Each sheet's pages, in order; a sheet is printed on the pages whose header is its title. */
    Map<String, List<Page>> pagesBySheet(List<String> problems) {
        Map<String, List<Page>> bySheet = new LinkedHashMap<>();
        int sheet = 0;
        for (Page page : pages) {
            List<Word> read = inReadingOrder(page);
            int match = sheet;
            while (match < workbook.getNumberOfSheets() && !startsWith(read, headerWords(workbook.getSheetAt(match)))) {
                match++;
            }
            if (match == workbook.getNumberOfSheets()) {
                String start = String.join(" ", read.stream().limit(12).map(Word::text).toList());
                problems.add("page " + page.number() + ": starts '" + start + "', not with the title of a sheet after "
                        + workbook.getSheetName(sheet));
                continue;
            }
            sheet = match;
            bySheet.computeIfAbsent(workbook.getSheetName(sheet), k -> new ArrayList<>()).add(page);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!bySheet.containsKey(workbook.getSheetName(i))) {
                problems.add(workbook.getSheetName(i) + ": no page of the PDF has this sheet's title in its header");
            }
        }
        return bySheet;
    }

    /** The words of the sheet's page header, which the pipeline makes the sheet's title. */
    private static List<String> headerWords(XSSFSheet sheet) {
        String center = sheet.getHeader().getCenter();
        String text = center == null ? "" : center.replace("&&", "&").strip();
        return text.isEmpty() ? List.of() : List.of(text.split(SPACES));
    }

    /** Top to bottom, then left to right: a page's header comes first and its footer last. */
    private static List<Word> inReadingOrder(Page page) {
        List<Word> words = new ArrayList<>(page.words());
        // words of one line can differ in their top by a fraction of a point
        words.sort(Comparator.comparingDouble((Word w) -> Math.round(w.yMin() * 2) / 2.0)
                .thenComparingDouble(Word::xMin));
        return words;
    }

    private static boolean startsWith(List<Word> words, List<String> texts) {
        if (texts.isEmpty() || words.size() < texts.size()) {
            return false;
        }
        for (int i = 0; i < texts.size(); i++) {
            if (!words.get(i).text().equals(texts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The words of the sheet's cells that its pages do not show, with the cell each came from. */
    private List<String> missingWords(XSSFSheet sheet, List<Page> printed) {
        Map<String, Integer> shown = new HashMap<>();
        for (Page page : printed) {
            for (Word w : body(sheet, page)) {
                shown.merge(w.text(), 1, Integer::sum);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                for (String word : words(cell)) {
                    if (shown.getOrDefault(word, 0) > 0) {
                        shown.merge(word, -1, Integer::sum);
                    } else if (!shownInPieces(word, shown)) {
                        missing.add(new CellReference(cell).formatAsString(false) + " '" + word + "'");
                    }
                }
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(sheet.getSheetName() + ": " + missing.size() + " words of its cells are not on its "
                + printed.size() + " pages, e.g. " + missing.subList(0, Math.min(SHOWN, missing.size())));
    }

    private List<String> words(Cell cell) {
        if (cell.getCellType() == CellType.BLANK) {
            return List.of();
        }
        String text = display.formatCellValue(cell).strip();
        return text.isEmpty() ? List.of() : List.of(text.split(SPACES));
    }

    /**
     * Whether a long word is shown broken over lines, as renderers break a word wider than its
     * column: shown words that put together, in order, make it. Those pieces are then used up.
     */
    private static boolean shownInPieces(String word, Map<String, Integer> shown) {
        if (word.length() < BREAKABLE_WORD) {
            return false;
        }
        Map<String, Integer> left = new HashMap<>(shown);
        String rest = word;
        while (!rest.isEmpty()) {
            String remaining = rest;
            String piece = left.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !e.getKey().isEmpty() && remaining.startsWith(e.getKey()))
                    .map(Map.Entry::getKey).max(Comparator.comparingInt(String::length)).orElse(null);
            if (piece == null) {
                return false;
            }
            left.merge(piece, -1, Integer::sum);
            rest = rest.substring(piece.length());
        }
        shown.clear();
        shown.putAll(left);
        return true;
    }

    /** The page's words without its header (the sheet's title) and its footer (the last line, "Page 2 of 9"). */
    private static List<Word> body(XSSFSheet sheet, Page page) {
        List<Word> read = inReadingOrder(page);
        List<Word> body = new ArrayList<>(read.subList(headerWords(sheet).size(), read.size()));
        if (body.size() >= 4) {
            List<Word> last = body.subList(body.size() - 4, body.size());
            if (String.join(" ", last.stream().map(Word::text).toList()).matches("Page \\d+ of \\d+")) {
                last.clear();
            }
        }
        return body;
    }

    /** Pairs of words drawn over each other, header and footer included. */
    static List<String> overlaps(Page page) {
        List<Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble(Word::yMin));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word a = words.get(i);
            for (int j = i + 1; j < words.size() && words.get(j).yMin() < a.yMax(); j++) {
                Word b = words.get(j);
                double across = Math.min(a.xMax(), b.xMax()) - Math.max(a.xMin(), b.xMin());
                double down = Math.min(a.yMax(), b.yMax()) - Math.max(a.yMin(), b.yMin());
                if (across > 0 && down > OVERLAP_SHARE * Math.min(a.height(), b.height())) {
                    found.add("page " + page.number() + ": '" + a.text() + "' and '" + b.text() + "' overlap at "
                            + Math.round(a.xMin()) + "," + Math.round(a.yMin()) + " pt");
                }
            }
        }
        return found.size() <= SHOWN ? found
                : List.of("page " + page.number() + ": " + found.size() + " pairs of words overlap, e.g. "
                        + found.subList(0, SHOWN));
    }
}

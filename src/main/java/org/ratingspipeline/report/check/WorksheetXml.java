package org.ratingspipeline.report.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;

/**
 * A worksheet part's cells read straight from its XML, and the part without them. POI's XSSFSheet makes an XmlBeans
 * object of every cell when the workbook is opened, which was most of the time the check took to re-open the file
 * (bench/README.md); here the cells are read with StAX, and POI opens the part without its {@code <c>} elements, rows
 * and everything else kept. Only plain cells are read: a number, a shared string, a boolean or an error, each with its
 * reference, in order. Anything else (a formula, an inline string, a comment or CDATA among the rows, rows or cells out
 * of order) throws {@link NotPlain}, and the file is checked through POI's model alone.
 */
final class WorksheetXml {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final byte[] SHEET_DATA = "<sheetData".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final XMLInputFactory FACTORY = factory();

    private WorksheetXml() {
    }

    /** Every cell of the part, rows then columns, as its XML holds them. */
    static List<PlainCell> cells(byte[] xml) {
        try {
            XMLStreamReader in = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return cells(in);
            } finally {
                in.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof NotPlain notPlain) {
                throw notPlain;
            }
            throw new NotPlain("unreadable worksheet: " + e.getMessage());
        }
    }

    private static List<PlainCell> cells(XMLStreamReader in) throws XMLStreamException {
        Reading reading = new Reading();
        while (in.hasNext() && reading.depth >= -1) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                reading.start(in);
            } else if (event == XMLStreamConstants.END_ELEMENT && reading.depth >= 0) {
                reading.end();
            }
        }
        return reading.cells;
    }

    /** Where a pass over a part is: below sheetData (-1), in it (0), in a row (1), in a cell (2), past it (-2). */
    private static final class Reading {
        private final List<PlainCell> cells = new ArrayList<>();
        private int depth = -1;
        private int row = -1;
        private int col = -1;
        private String type;
        private int style;
        private String value;

        void start(XMLStreamReader in) throws XMLStreamException {
            String name = MAIN.equals(in.getNamespaceURI()) ? in.getLocalName() : "";
            if (depth == -1) {
                depth = name.equals("sheetData") ? 0 : -1;
            } else if (depth == 0 && name.equals("row")) {
                row = after(row, index(in.getAttributeValue(null, "r")) - 1, "row");
                col = -1;
                depth = 1;
            } else if (depth == 1 && name.equals("c")) {
                col = after(col, column(in.getAttributeValue(null, "r")), "cell");
                type = type(in.getAttributeValue(null, "t"));
                String s = in.getAttributeValue(null, "s");
                style = s == null ? 0 : index(s);
                value = null;
                depth = 2;
            } else if (depth == 2 && name.equals("v")) {
                value = in.getElementText();
            } else if (depth == 2 && (name.equals("f") || name.equals("is"))) {
                throw new NotPlain("a cell with <" + name + ">");
            } else {
                skip(in);
            }
        }

        void end() {
            if (depth == 2) {
                cells.add(new PlainCell(row, col, type, style, value));
            }
            depth = depth == 0 ? -2 : depth - 1;
        }
    }

    /** Skips an element (and what it holds) that is no row or cell: extLst, an unknown element. */
    private static void skip(XMLStreamReader in) throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    private static int after(int previous, int index, String what) {
        if (index <= previous) {
            throw new NotPlain(what + " out of order");
        }
        return index;
    }

    private static int index(String number) {
        if (number == null) {
            throw new NotPlain("a row without its number");
        }
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotPlain("not a number: " + number);
        }
    }

    private static int column(String ref) {
        if (ref == null || ref.isEmpty() || !Character.isLetter(ref.charAt(0))) {
            throw new NotPlain("a cell without its reference");
        }
        return new CellReference(ref).getCol();
    }

    private static String type(String t) {
        if (t == null) {
            return "n";
        }
        return switch (t) {
            case "n", "s", "b", "e" -> t;
            default -> throw new NotPlain("a cell of type " + t);
        };
    }

    /**
     * The part with the {@code <c>} elements of its sheetData left out, byte for byte otherwise. Only a part in UTF-8
     * (or ASCII) with an unprefixed sheetData is cut, and only where no comment, CDATA, DTD or processing instruction
     * comes before the end of its sheetData, so that a {@code <c} met in it can only begin a cell. The caller compares
     * the count of cells cut with the count {@link #cells} read: a part where they differ is not plain.
     */
    static Cut withoutCells(byte[] xml) {
        int declaration = utf8Declaration(xml);
        int start = indexOf(xml, SHEET_DATA, 0);
        // from the end, where sheetData closes before the links and tables: a sheet's cells are most of its bytes
        int end = start < 0 ? -1 : lastIndexOf(xml, SHEET_DATA_END, start);
        if (end < 0) {
            return new Cut(xml, 0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(start + xml.length / 8);
        int cut = 0;
        int copied = 0;
        int i = 0;
        while (i < end) {
            if (xml[i] != '<') {
                i++;
            } else if (xml[i + 1] == '!' || xml[i + 1] == '?' && i != declaration) {
                throw new NotPlain("a comment, CDATA, DTD or processing instruction before the cells' end");
            } else if (i > start && xml[i + 1] == 'c' && isNameEnd(xml[i + 2])) {
                out.write(xml, copied, i - copied);
                i = cellEnd(xml, i);
                copied = i;
                cut++;
            } else {
                i++;
            }
        }
        out.write(xml, copied, xml.length - copied);
        return new Cut(out.toByteArray(), cut);
    }

    /** A part without its cells, and how many were cut. */
    record Cut(byte[] xml, int cells) {
    }

    /** Where the cell that starts at {@code from} ends: past its "/>" or its own "</c>", counting nested c elements. */
    private static int cellEnd(byte[] xml, int from) {
        int open = 0;
        int i = from;
        while (i < xml.length) {
            if (xml[i + 1] == '!' || xml[i + 1] == '?') {
                throw new NotPlain("a comment, CDATA or processing instruction in a cell");
            }
            int close = tagEnd(xml, i);
            boolean endTag = xml[i + 1] == '/';
            boolean named = xml[i + (endTag ? 2 : 1)] == 'c' && isNameEnd(xml[i + (endTag ? 3 : 2)]);
            if (named && endTag) {
                open--;
            } else if (named && xml[close - 1] != '/') {
                open++;
            }
            i = close + 1;
            if (open == 0) {
                return i;
            }
            while (i < xml.length && xml[i] != '<') {
                i++;
            }
        }
        throw new NotPlain("a cell that does not end");
    }

    /** The '>' that closes the tag opened at {@code from}, past any quoted attribute value. */
    private static int tagEnd(byte[] xml, int from) {
        byte quote = 0;
        for (int i = from + 1; i < xml.length; i++) {
            byte b = xml[i];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            }
        }
        throw new NotPlain("a tag that does not end");
    }

    private static boolean isNameEnd(byte b) {
        return b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r';
    }

    /**
     * Where the XML declaration starts (after a UTF-8 byte order mark), -1 without one; a part in UTF-16 or with
     * another declared encoding is not plain, since the cut reads bytes as ASCII.
     */
    private static int utf8Declaration(byte[] xml) {
        if (xml.length > 1 && ((xml[0] & 0xff) == 0xfe || (xml[0] & 0xff) == 0xff || xml[0] == 0 || xml[1] == 0)) {
            throw new NotPlain("a worksheet not in UTF-8");
        }
        boolean byteOrderMark = xml.length > 2 && (xml[0] & 0xff) == 0xef && (xml[1] & 0xff) == 0xbb
                && (xml[2] & 0xff) == 0xbf;
        int at = byteOrderMark ? 3 : 0;
        String head = new String(xml, at, Math.min(xml.length - at, 200), StandardCharsets.US_ASCII);
        if (!head.startsWith("<?xml")) {
            return -1;
        }
        int close = head.indexOf("?>");
        String attributes = close < 0 ? head : head.substring(0, close);
        int encoding = attributes.indexOf("encoding=");
        if (encoding >= 0) {
            String name = attributes.substring(encoding + "encoding=".length()).replaceAll("^[\"']|[\"'].*$", "");
            if (!name.equalsIgnoreCase("UTF-8")) {
                throw new NotPlain("a worksheet in " + name);
            }
        }
        return at;
    }

    private static int indexOf(byte[] xml, byte[] what, int from) {
        outer:
        for (int i = from; i <= xml.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (xml[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] xml, byte[] what, int from) {
        outer:
        for (int i = xml.length - what.length; i >= from; i--) {
            for (int j = 0; j < what.length; j++) {
                if (xml[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // The file may be anyone's: no DTD, no external entity is ever read.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}

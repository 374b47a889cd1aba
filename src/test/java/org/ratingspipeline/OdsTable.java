package org.ratingspipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One sheet of an OpenDocument spreadsheet (Ofsted publishes its official statistics as .ods),
 * read from the file's content.xml with the JDK's StAX parser: each non-empty row as its cells'
 * text, dates as their ISO value. Enough to compare the pipeline with a release's own table.
 */
public final class OdsTable {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** Repeated empty cells pad rows to the sheet's width (16,384 columns); no table here is wider than this. */
    private static final int MAX_COLUMNS = 64;

    private OdsTable() {
    }

    public static List<List<String>> read(Path file, String sheet) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return rows(xml, sheet);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<List<String>> rows(XMLStreamReader xml, String sheet) throws XMLStreamException {
        SheetReader reader = new SheetReader(xml, sheet);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                reader.start();
            } else if (event == XMLStreamReader.CHARACTERS) {
                reader.characters();
            } else if (event == XMLStreamReader.END_ELEMENT && reader.inSheet && reader.end()) {
                return reader.rows;
            }
        }
        throw new IllegalArgumentException("no sheet named " + sheet);
    }

    /** The rows of one named sheet, read element by element. */
    private static final class SheetReader {

        private final XMLStreamReader xml;
        private final String sheet;
        private final List<List<String>> rows = new ArrayList<>();
        private boolean inSheet;
        private List<String> row;
        private StringBuilder cell;
        private boolean dated;
        private int repeat = 1;

        SheetReader(XMLStreamReader xml, String sheet) {
            this.xml = xml;
            this.sheet = sheet;
        }

        void start() {
            String name = xml.getLocalName();
            if (TABLE.equals(xml.getNamespaceURI()) && name.equals("table")) {
                inSheet = sheet.equals(xml.getAttributeValue(TABLE, "name"));
            } else if (inSheet && name.equals("table-row")) {
                row = new ArrayList<>();
            } else if (inSheet && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
                String repeated = xml.getAttributeValue(TABLE, "number-columns-repeated");
                repeat = repeated == null ? 1 : Math.min(Integer.parseInt(repeated), MAX_COLUMNS);
                String date = xml.getAttributeValue(OFFICE, "date-value");
                // A date cell's text is its display form; the ISO value is what a comparison needs.
                dated = date != null;
                cell = new StringBuilder(dated ? date.substring(0, Math.min(10, date.length())) : "");
            } else if (inSheet && cell != null && !dated && TEXT.equals(xml.getNamespaceURI()) && name.equals("p")
                    && cell.length() > 0) {
                cell.append('\n');
            }
        }

        void characters() {
            if (cell != null && !dated) {
                cell.append(xml.getText());
            }
        }

        /** Ends a cell, a row or the sheet; true when the sheet asked for is complete. */
        boolean end() {
            String name = xml.getLocalName();
            if ((name.equals("table-cell") || name.equals("covered-table-cell")) && cell != null) {
                String text = cell.toString().strip();
                for (int i = 0; i < repeat && row.size() < MAX_COLUMNS; i++) {
                    row.add(text);
                }
                cell = null;
            } else if (name.equals("table-row")) {
                while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                    row.remove(row.size() - 1);
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = null;
            } else if (name.equals("table")) {
                if (!rows.isEmpty()) {
                    return true;
                }
                inSheet = false;
            }
            return false;
        }
    }
}

package org.ratingspipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The words of a PDF where they are drawn, as poppler's {@code pdftotext -bbox-layout} finds them:
 * each word's page and box, in points from the page's top left corner.
 */
public final class PdfWords {

    private static final long TIMEOUT_SECONDS = 120;

    /** One word; {@code page} counts from 1. */
    public record Word(int page, String text, double xMin, double yMin, double xMax, double yMax) {

        public double height() {
            return yMax - yMin;
        }

        public double width() {
            return xMax - xMin;
        }
    }

    /** One page: its size and its words in the order pdftotext reads them. */
    public record Page(int number, double width, double height, List<Word> words) {
    }

    private PdfWords() {
    }

    public static List<Page> read(Path pdftotext, Path pdf) throws IOException, InterruptedException {
        Path html = Files.createTempFile(pdf.getParent(), "bbox", ".html");
        Process p = new ProcessBuilder(pdftotext.toString(), "-bbox-layout", pdf.toString(), html.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("pdftotext did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("pdftotext exited with " + p.exitValue() + " on " + pdf);
        }
        try {
            return pages(parse(html));
        } finally {
            Files.deleteIfExists(html);
        }
    }

    private static Document parse(Path html) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // the XHTML doctype names a DTD on w3.org: never fetch it
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(html.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("pdftotext's output is not XML: " + e.getMessage(), e);
        }
    }

    private static List<Page> pages(Document doc) {
        List<Page> pages = new ArrayList<>();
        NodeList pageNodes = doc.getElementsByTagName("page");
        for (int i = 0; i < pageNodes.getLength(); i++) {
            Element page = (Element) pageNodes.item(i);
            List<Word> words = new ArrayList<>();
            NodeList wordNodes = page.getElementsByTagName("word");
            for (int w = 0; w < wordNodes.getLength(); w++) {
                Element e = (Element) wordNodes.item(w);
                words.add(new Word(i + 1, e.getTextContent(), number(e, "xMin"), number(e, "yMin"), number(e, "xMax"),
                        number(e, "yMax")));
            }
            pages.add(new Page(i + 1, number(page, "width"), number(page, "height"), List.copyOf(words)));
        }
        return pages;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}

package org.ratingspipeline.report.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a written page before it may replace the published one, as the workbook and the CSV files
 * are checked: it must parse (as XML, once its void elements are closed: see {@link Html}), have a language, a title
 * and one main heading; every table a caption and scoped header cells; every chart a title and a
 * description; and nothing that runs or loads: no script, no element that fetches, no event
 * handler attribute, no {@code src}, no {@code url(...)} or {@code @import} in its style.
 */
public final class PageCheck {

    private static final Pattern VOID = Pattern.compile(
            "<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\\b([^>]*?)/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> FETCHING = Set.of("script", "iframe", "frame", "object", "embed", "img", "link",
            "base", "audio", "video", "source", "picture", "image", "use", "foreignObject");

    public List<String> check(Path page) throws IOException {
        Document doc;
        try {
            doc = parser().parse(new InputSource(new StringReader(closeVoidElements(Files.readString(page)))));
        } catch (SAXException e) {
            return List.of("the page does not parse: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        Element html = doc.getDocumentElement();
        if (!html.getTagName().equals("html") || html.getAttribute("lang").isBlank()) {
            problems.add("the root element is not html with a lang attribute");
        }
        if (text(doc, "title").isBlank()) {
            problems.add("the page has no title");
        }
        if (doc.getElementsByTagName("h1").getLength() != 1) {
            problems.add("the page has " + doc.getElementsByTagName("h1").getLength() + " h1 headings, not one");
        }
        nothingRunsOrLoads(doc.getDocumentElement(), problems);
        tables(doc, problems);
        charts(doc, problems);
        return problems;
    }

    /**
     * HTML's void elements have no end tag; closed with {@code />} they parse as XML. Attribute values
     * on the page are escaped, so a {@code >} always ends a tag.
     */
    static String closeVoidElements(String html) {
        return VOID.matcher(html).replaceAll("<$1$2/>");
    }

    private static void nothingRunsOrLoads(Element e, List<String> problems) {
        if (FETCHING.contains(e.getTagName())) {
            problems.add("a " + e.getTagName() + " element: the page may neither run nor load anything");
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = a.getName().toLowerCase(Locale.ROOT);
            String value = a.getValue().strip().toLowerCase(Locale.ROOT);
            boolean fetches = name.equals("src") || name.equals("srcset") || name.equals("style") && loads(value);
            if (name.startsWith("on") || fetches || name.endsWith("href") && !safeLink(value)) {
                problems.add("attribute " + a.getName() + "=\"" + a.getValue() + "\" on " + e.getTagName());
            }
        }
        if (e.getTagName().equals("style") && loads(e.getTextContent().toLowerCase(Locale.ROOT))) {
            problems.add("the style sheet loads something (url() or @import)");
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                nothingRunsOrLoads(child, problems);
            }
        }
    }

    /** A link a reader may follow: to a file beside the page, a fragment, or a web or mail address; never script. */
    private static boolean safeLink(String href) {
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        boolean relative = colon < 0 || (slash >= 0 && slash < colon);
        return relative || href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:");
    }

    private static boolean loads(String css) {
        return css.contains("url(") || css.contains("@import");
    }

    private static void tables(Document doc, List<String> problems) {
        NodeList tables = doc.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            Element first = firstElement(t);
            String name = "table " + (t.getAttribute("id").isBlank() ? String.valueOf(i + 1) : t.getAttribute("id"));
            if (first == null || !first.getTagName().equals("caption") || first.getTextContent().isBlank()) {
                problems.add(name + " has no caption");
            }
            NodeList headers = t.getElementsByTagName("th");
            if (headers.getLength() == 0) {
                problems.add(name + " has no header cells");
            }
            for (int h = 0; h < headers.getLength(); h++) {
                String scope = ((Element) headers.item(h)).getAttribute("scope");
                if (!scope.equals("col") && !scope.equals("row")) {
                    problems.add(name + ": header cell '" + headers.item(h).getTextContent() + "' has no scope");
                }
            }
        }
    }

    private static void charts(Document doc, List<String> problems) {
        NodeList charts = doc.getElementsByTagName("svg");
        for (int i = 0; i < charts.getLength(); i++) {
            Element svg = (Element) charts.item(i);
            Element title = firstElement(svg);
            Element desc = title == null ? null : nextElement(title);
            if (title == null || !title.getTagName().equals("title") || title.getTextContent().isBlank()
                    || desc == null || !desc.getTagName().equals("desc") || desc.getTextContent().isBlank()) {
                problems.add("chart " + svg.getAttribute("id") + " does not start with a title and a description");
            }
            if (!svg.getAttribute("role").equals("img")) {
                problems.add("chart " + svg.getAttribute("id") + " is not marked as an image (role=\"img\")");
            }
        }
    }

    private static Element firstElement(Element parent) {
        Node n = parent.getFirstChild();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    private static Element nextElement(Element e) {
        Node n = e.getNextSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    private static String text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** The JDK's parser with every external entity and schema switched off: a page can never make it fetch. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // a fatal error is thrown and reported as a problem; nothing is printed
            b.setErrorHandler(new DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

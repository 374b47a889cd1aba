package org.ratingspipeline.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.Chromium;
import org.ratingspipeline.LibreOffice;
import org.ratingspipeline.NuHtmlChecker;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.job.JobTestSupport;
import org.ratingspipeline.job.RunOutcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The page the job publishes for the bundled data: its tables cell for cell the workbook's, read by
 * the W3C's HTML checker and by a real browser. The inspections file is given a name that is markup,
 * which the cover, and so the page, repeats: it must reach the reader as text. Screenshots at 1280
 * and 390 pixels wide are kept in {@code target/headline-page/}, with the page, for a person to look
 * at. Skipped, loudly, on a developer's machine without Chromium; under CI a missing Chromium fails,
 * as a missing LibreOffice does.
 */
class HeadlinePageInBrowserTest extends JobTestSupport {

    static final String FILE_NAME = "<script>alert(1)<b>inspections.csv";
    static final Path SHOTS = Path.of("target/headline-page");

    @Test
    void theNuHtmlCheckerFindsNoErrorOrWarning() throws Exception {
        Path page = publishedPage();

        List<NuHtmlChecker.Message> messages = NuHtmlChecker.check(page);

        assertThat(messages).as("Nu HTML Checker messages on " + page).isEmpty();
    }

    @Test
    void eachTableOnThePageShowsTheWorkbooksOwnCells() throws Exception {
        Document page = parse(Files.readString(publishedPage()));

        try (WorkbookView wb = WorkbookView.open(report())) {
            for (String key : HeadlinePage.TABLES) {
                String sheet = wb.sheetOf(key);
                String id = "table-" + sheet.substring("Table_".length()) + "-" + key.replace('_', '-');
                Element table = page.getElementById(id);
                assertThat(table).as("table %s on the page", id).isNotNull();
                List<List<String>> workbook = wb.table(sheet).stream()
                        .map(row -> row.stream().map(c -> c.replace("\n", "")).toList()).toList();
                assertThat(cells(table)).as("%s on the page and on %s", key, sheet).isEqualTo(workbook);
            }
        }
    }

    /** The header row, then each body row, as the text of each cell. */
    private static List<List<String>> cells(Element table) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = table.getElementsByTagName("tr");
        for (int r = 0; r < trs.getLength(); r++) {
            List<String> row = new ArrayList<>();
            for (var n = trs.item(r).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element cell) {
                    row.add(cell.getTextContent());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void aRealBrowserBuildsThePageAccessiblyAndWithinAPhonesWidth() throws Exception {
        Chromium chromium = chromium();
        Path page = publishedPage();
        Files.createDirectories(SHOTS);
        Files.copy(page, SHOTS.resolve(HeadlinePage.FILE), StandardCopyOption.REPLACE_EXISTING);

        for (int width : new int[] {1280, 390}) {
            Path png = chromium.screenshot(page, width, 2000, SHOTS.resolve("index-" + width + ".png"));
            BufferedImage shot = ImageIO.read(png.toFile());
            assertThat(shot.getWidth()).isEqualTo(width);
            assertThat(colours(shot)).as("colours in the %d px screenshot (a blank page has one)", width)
                    .isGreaterThan(20);
        }
        Document dom = parse(chromium.dumpDom(page, 390, 2000));
        assertThat(dom.getElementsByTagName("script").getLength()).isZero();
        assertThat(dom.getElementsByTagName("body").item(0).getTextContent()).contains(FILE_NAME);
        assertThat(dom.getElementsByTagName("table").getLength()).isGreaterThanOrEqualTo(8);
        assertThat(dom.getElementsByTagName("svg").getLength()).isEqualTo(3);
        assertThat(accessibilityProblems(dom)).isEmpty();

        for (int width : new int[] {390, 1280}) {
            Map<String, String> m = measure(chromium, page, width);
            System.out.println("layout at " + width + " px: " + m);
            assertThat(Integer.parseInt(m.get("elements"))).as("elements measured").isGreaterThan(500);
            assertThat(m.get("innerWidth")).as("the window the browser laid out").isEqualTo(String.valueOf(width));
            assertThat(Integer.parseInt(m.get("scrollWidth"))).as("page width at %d px", width)
                    .isLessThanOrEqualTo(Integer.parseInt(m.get("clientWidth")));
            assertThat(m.get("outside")).as("elements outside the %d px viewport", width).isEmpty();
            assertThat(m.get("unlabelledScrolling")).as("regions that scroll sideways without focus or name").isEmpty();
        }
    }

    /** Runs the job on the bundled data, its last inspections file renamed to markup, and returns its index.html. */
    private Path publishedPage() throws Exception {
        List<Path> inputs = new ArrayList<>(bundledInspections());
        inputs.set(inputs.size() - 1, Files.copy(inputs.get(inputs.size() - 1), work.resolve(FILE_NAME)));
        RunOutcome outcome = run(inputs, bundledSpend(), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        return reports.resolve(HeadlinePage.FILE);
    }

    private static Chromium chromium() {
        var found = Chromium.find();
        if (found.isEmpty()) {
            if (LibreOffice.onCi()) {
                fail("CI is set but Chromium is not on the PATH: install Debian's chromium package (.ci/run does)");
            }
            String message = "Chromium is not installed, so the web page was NOT loaded in a real browser. "
                    + "Install it with: apt-get install -y chromium";
            System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPED: " + message + "\n" + "!".repeat(100) + "\n");
            Assumptions.abort(message);
        }
        return found.get();
    }

    /** Every table with a caption and scoped header cells, every chart with a title and a description, no dead link. */
    static List<String> accessibilityProblems(Document dom) {
        List<String> problems = new ArrayList<>();
        NodeList tables = dom.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            NodeList captions = t.getElementsByTagName("caption");
            if (captions.getLength() != 1 || captions.item(0).getTextContent().isBlank()) {
                problems.add("table " + t.getAttribute("id") + " without a caption");
            }
            NodeList headers = t.getElementsByTagName("th");
            Set<String> scopes = new HashSet<>();
            for (int h = 0; h < headers.getLength(); h++) {
                scopes.add(((Element) headers.item(h)).getAttribute("scope"));
            }
            if (!scopes.contains("col") || !Set.of("col", "row").containsAll(scopes)) {
                problems.add("table " + t.getAttribute("id") + " header scopes " + scopes);
            }
        }
        NodeList links = dom.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            if (href.startsWith("#") && dom.getElementById(href.substring(1)) == null) {
                problems.add("link to " + href + ", which is not on the page");
            }
        }
        NodeList charts = dom.getElementsByTagName("svg");
        for (int i = 0; i < charts.getLength(); i++) {
            Element svg = (Element) charts.item(i);
            boolean named = !text(svg, "title").isBlank() && !text(svg, "desc").isBlank();
            if (!named || !svg.getAttribute("role").equals("img")) {
                problems.add("chart " + svg.getAttribute("id") + " without role img, a title and a description");
            }
        }
        return problems;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /**
     * Loads the page in a frame exactly {@code width} pixels wide (a headless window is never narrower
     * than 500), from a test-only wrapper beside it whose script measures the laid-out page and writes
     * the results into the wrapper's DOM. The published page itself has no script.
     */
    private static Map<String, String> measure(Chromium chromium, Path page, int width) throws Exception {
        String script = new String(HeadlinePageInBrowserTest.class.getResourceAsStream("/web/measure-layout.js")
                .readAllBytes(), StandardCharsets.UTF_8);
        String wrapper = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>measure</title>"
                + "<style>body{margin:0}iframe{border:0;display:block}</style></head><body>"
                + "<iframe id=\"page\" title=\"page\" src=\"" + page.getFileName() + "\" width=\"" + width + "\""
                + " height=\"2000\"></iframe><script>" + script + "</script></body></html>";
        Path copy = Files.writeString(page.resolveSibling("measure-" + width + ".html"), wrapper);
        Document dom = parse(chromium.dumpDomOfWrapper(copy, Math.max(width, 500) + 40, 2100));
        Element out = dom.getElementById("layout-measurements");
        assertThat(out).as("the measuring script's output").isNotNull();
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.getTextContent().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    private static Document parse(String html) throws Exception {
        return new HtmlDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}

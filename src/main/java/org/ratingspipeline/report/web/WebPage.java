package org.ratingspipeline.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.workbook.ReportContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the web page of a report to a temporary file in the reports folder and checks it; the
 * publisher archives it and renames it into place with the workbook, so a failed run leaves the
 * last good page as it was.
 */
@Component
public class WebPage {

    private static final Logger log = LoggerFactory.getLogger(WebPage.class);

    private final PageCheck check = new PageCheck();

    /** @return the written and checked temporary file */
    public Path stage(ReportContent content, Path reports, String workbookFile) throws IOException {
        Path tmp = Files.createTempFile(reports, ".index-", ".html.part");
        try {
            Files.writeString(tmp, HeadlinePage.render(content, workbookFile), StandardCharsets.UTF_8);
            List<String> problems = check.check(tmp);
            if (!problems.isEmpty()) {
                problems.forEach(p -> log.error("web page check: {}", p));
                throw new IllegalStateException("the new web page breaks " + problems.size() + " rule(s), first: "
                        + problems.get(0) + "; it was not published");
            }
            log.info("{}: {} bytes written and checked", HeadlinePage.FILE, Files.size(tmp));
            return tmp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** The dated copy's name, like the workbook's: {@code index-<as-of>-run<id>.html}. */
    public static String archivedName(ReportRun run) {
        return "index-" + run.asOf() + "-run" + run.runId() + ".html";
    }

    public static boolean isArchivedCopy(String fileName) {
        return fileName.startsWith("index-") && fileName.endsWith(".html");
    }
}

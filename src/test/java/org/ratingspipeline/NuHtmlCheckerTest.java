package org.ratingspipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker the page test relies on does report what is wrong, so its silence on the page means something. */
class NuHtmlCheckerTest {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>t</title></head>";

    @TempDir
    Path dir;

    @Test
    void invalidMarkupIsReported() throws Exception {
        Path page = Files.writeString(dir.resolve("bad.html"), HEAD + "<body><table><caption>c</caption>"
                + "<tr><th scope=\"sideways\">h</th></tr></table><svg role=\"img\"><title>x</title>"
                + "<rect width=\"nope\"/></svg><p><div>block in p</div></p></body></html>");

        List<NuHtmlChecker.Message> messages = NuHtmlChecker.check(page);

        assertThat(messages).anyMatch(m -> m.kind().equals("error") && m.text().contains("scope"))
                .anyMatch(m -> m.kind().equals("error") && m.text().contains("No “p” element in scope"));
    }

    @Test
    void aMinimalValidPageHasNoMessages() throws Exception {
        Path page = Files.writeString(dir.resolve("good.html"), HEAD + "<body><p>fine</p></body></html>");

        assertThat(NuHtmlChecker.check(page)).isEmpty();
    }
}

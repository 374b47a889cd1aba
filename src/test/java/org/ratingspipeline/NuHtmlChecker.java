package org.ratingspipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (v.Nu, the W3C's HTML validator) run in-process, with the HTML schema that
 * ships inside its jar, so it needs no network.
 */
public final class NuHtmlChecker {

    /** The schema the command-line checker uses for HTML documents, resolved from the jar's local cache. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One message: its kind (error, warning or fatal), where it is and what it says. */
    public record Message(String kind, int line, int column, String text) {
        @Override
        public String toString() {
            return kind + " at " + line + ":" + column + ": " + text;
        }
    }

    private NuHtmlChecker() {
    }

    public static List<Message> check(Path page) throws Exception {
        List<Message> messages = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add(message("warning", e));
            }

            @Override
            public void error(SAXParseException e) {
                messages.add(message("error", e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                messages.add(message("fatal", e));
            }
        };
        // no log4j set-up, no URL logging, no language detection (it guesses from a sample and warns on mixed text)
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        try {
            validator.checkHtmlFile(page.toFile(), true);
        } catch (IOException | SAXException e) {
            messages.add(new Message("fatal", 0, 0, e.toString()));
        }
        return messages;
    }

    private static Message message(String kind, SAXParseException e) {
        return new Message(kind, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }
}

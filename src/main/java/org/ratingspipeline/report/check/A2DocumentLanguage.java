package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A2: the document language is set, so screen readers pick the right voice. */
public final class A2DocumentLanguage extends AbstractCheck {

    private static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    public A2DocumentLanguage() {
        super("A2", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        Optional<String> language = workbook.getProperties().getCoreProperties()
                .getUnderlyingProperties().getLanguageProperty();
        if (language.isEmpty() || language.get().isBlank()) {
            return List.of(violation("document language is not set (expected e.g. en-GB)"));
        }
        if (!language.get().strip().matches(LANGUAGE_TAG)) {
            return List.of(violation("document language is not a language tag such as en-GB: " + language.get()));
        }
        return List.of();
    }
}

package org.ratingspipeline.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Table;

/**
 * The national figures in words, read from the rows of the workbook's national table (label,
 * number, share), so the sentence cannot say anything the table does not.
 */
final class Headline {

    private Headline() {
    }

    /** @param date the reporting date as the report writes it ("31 March 2025") */
    static List<String> sentences(Table national, String date) {
        Optional<List<Object>> judged = row(national, "All authorities judged");
        Optional<List<Object>> all = row(national, "All authorities in the register");
        Optional<List<Object>> notInspected = row(national, "Not yet inspected");
        Optional<List<Object>> goodOrOutstanding = row(national, "Good or outstanding");
        List<String> sentences = new ArrayList<>();
        if (judged.isEmpty() || all.isEmpty() || !(judged.get().get(2) instanceof Number)) {
            sentences.add("No local authority's children's services had a published Ofsted judgement as at "
                    + date + ".");
            return sentences;
        }
        sentences.add("As at " + date + ", " + count(national, judged.get()) + " of the " + count(national, all.get())
                + " local authorities in England had a published Ofsted judgement of their children's services.");
        List<String> grades = new ArrayList<>();
        for (Grade g : Grade.values()) {
            row(national, g.label()).ifPresent(r -> grades.add(count(national, r) + " "
                    + g.label().toLowerCase(Locale.ROOT) + " (" + share(national, r) + "%)"));
        }
        if (!grades.isEmpty()) {
            String last = grades.remove(grades.size() - 1);
            String others = grades.isEmpty() ? "" : String.join(", ", grades) + " and ";
            sentences.add("Their latest overall effectiveness judgements: " + others + last
                    + " (shares of the authorities judged).");
        }
        goodOrOutstanding.ifPresent(r -> sentences.add(count(national, r) + " authorities (" + share(national, r)
                + "% of those judged) were good or outstanding."));
        notInspected.ifPresent(r -> sentences.add(count(national, r) + " had not yet been inspected."));
        return sentences;
    }

    private static Optional<List<Object>> row(Table t, String label) {
        return t.rows().stream().filter(r -> r.get(0) instanceof String s
                && (s.equals(label) || s.startsWith(label + " [note"))).findFirst();
    }

    private static String count(Table t, List<Object> row) {
        return HtmlTable.cell(row.get(1), t.columns().get(1));
    }

    private static String share(Table t, List<Object> row) {
        Column c = t.columns().get(2);
        return HtmlTable.cell(row.get(2), c);
    }
}

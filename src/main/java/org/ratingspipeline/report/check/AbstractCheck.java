package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/** Holds the rule id and severity and builds violations, so each check only contains its rule. */
public abstract class AbstractCheck implements WorkbookCheck {

    private final String ruleId;
    private final Severity severity;

    protected AbstractCheck(String ruleId, Severity severity) {
        this.ruleId = ruleId;
        this.severity = severity;
    }

    @Override
    public final String ruleId() {
        return ruleId;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    protected final Violation violation(String message) {
        return new Violation(ruleId, severity, null, null, message);
    }

    protected final Violation violation(Sheet sheet, String message) {
        return new Violation(ruleId, severity, sheet.getSheetName(), null, message);
    }

    protected final Violation violation(Sheet sheet, String cell, String message) {
        return new Violation(ruleId, severity, sheet.getSheetName(), cell, message);
    }

    final Violation violation(CellSnapshot cell, String message) {
        return violation(severity, cell, message);
    }

    final Violation violation(Severity level, CellSnapshot cell, String message) {
        return new Violation(ruleId, level, cell.sheet().getSheetName(), cell.ref(), message);
    }

    protected final Violation violation(Severity level, Sheet sheet, String cell, String message) {
        return new Violation(ruleId, level, sheet.getSheetName(), cell, message);
    }

    /** A fresh collector for one run; never kept in a field so checks stay stateless. */
    protected final Findings findings() {
        return new Findings();
    }

    /**
     * Groups cell-level findings with the same message on the same sheet into one violation,
     * because a style mistake usually hits every cell of a column and hundreds of identical
     * lines would hide the other problems.
     */
    protected final class Findings {
        private final Map<String, Group> groups = new LinkedHashMap<>();

        void add(CellSnapshot cell, String message) {
            add(severity, cell.sheet(), cell.ref(), message);
        }

        void add(Severity level, CellSnapshot cell, String message) {
            add(level, cell.sheet(), cell.ref(), message);
        }

        public void add(Severity level, Sheet sheet, String cell, String message) {
            String key = level + "\u0000" + sheet.getSheetName() + "\u0000" + message;
            groups.computeIfAbsent(key, k -> new Group(level, sheet.getSheetName(), cell, message)).count++;
        }

        public List<Violation> list() {
            List<Violation> out = new ArrayList<>();
            for (Group g : groups.values()) {
                String text = g.count == 1 ? g.message
                        : g.message + " (" + g.count + " cells; first one shown)";
                out.add(new Violation(ruleId, g.level, g.sheet, g.cell, text));
            }
            return out;
        }
    }

    private static final class Group {
        private final Severity level;
        private final String sheet;
        private final String cell;
        private final String message;
        private int count;

        private Group(Severity level, String sheet, String cell, String message) {
            this.level = level;
            this.sheet = sheet;
            this.cell = cell;
            this.message = message;
        }
    }
}

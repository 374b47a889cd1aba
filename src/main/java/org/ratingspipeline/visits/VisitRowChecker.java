package org.ratingspipeline.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ratingspipeline.authority.AuthorityNames;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.AuthorityRegister.Identifier;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Resolution;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.inspection.DatePlausibility;
import org.ratingspipeline.inspection.FlexibleDate;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.Problem;
import org.ratingspipeline.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates one row of a visits file and resolves its authority through the register as at the
 * visit's date, as the inspections are. A row is rejected with every fault it has: a visit type the
 * contract does not know, a date or financial year that cannot be read, no date at all, a date no
 * visit can have, identifiers that name no authority. The publication date stands in for a missing
 * visit date, with a warning. Ofsted's region is checked against the register's (the files spell
 * "North East, Yorkshire and the Humber" two ways; both are read) and the register's is used.
 */
public class VisitRowChecker implements ItemProcessor<SourceRow<VisitField>, CheckedRow<Visit>> {

    private static final int THEME_LENGTH = 200;
    private static final String NORTH_EAST = "E12000001";
    private static final String YORKSHIRE = "E12000003";

    private final AuthorityRegister register;
    private final DatePlausibility plausible;

    public VisitRowChecker(AuthorityRegister register, DatePlausibility plausible) {
        this.register = register;
        this.plausible = plausible;
    }

    @Override
    public CheckedRow<Visit> process(SourceRow<VisitField> row) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        VisitType type = type(row, problems);
        LocalDate visited = date(row, VisitField.VISIT_DATE, problems);
        LocalDate published = date(row, VisitField.PUBLICATION_DATE, problems);
        checkDates(row, visited, published, problems);
        LocalDate when = visited != null ? visited : published;
        Integer year = financialYear(row, when, problems);
        LocalAuthority authority = authority(row, when, problems, warnings);
        if (!problems.isEmpty()) {
            return new CheckedRow.Rejected<>(row.line(), problems);
        }
        if (visited == null) {
            warnings.add(Problem.of(row.column(VisitField.VISIT_DATE), "",
                    "no visit date: the publication date (" + published
                    + ") stands in for it"));
        }
        checkRegion(row, authority, warnings);
        String theme = row.get(VisitField.VISIT_THEME);
        if (theme != null && theme.length() > THEME_LENGTH) {
            theme = theme.substring(0, THEME_LENGTH - 3) + "...";
        }
        return new CheckedRow.Accepted<>(row.line(), new Visit(authority, type, visited, published, when, year, theme),
                warnings);
    }

    private static VisitType type(SourceRow<VisitField> row, List<Problem> problems) {
        String typeText = row.get(VisitField.VISIT_TYPE);
        if (typeText == null) {
            problems.add(Problem.of(row.column(VisitField.VISIT_TYPE), "", "the visit type is missing"));
            return null;
        }
        VisitType type = VisitType.parse(typeText).orElse(null);
        if (type == null) {
            problems.add(Problem.of(row.column(VisitField.VISIT_TYPE), typeText, "'" + typeText + "' is not a "
                    + "visit type (expected LA Monitoring visit, ILACS Focused Visit, ILACS Standard Inspection or "
                    + "ILACS Short Inspection)"));
        }
        return type;
    }

    /** A report published before its visit, or a row with neither date, cannot be placed in time. */
    private static void checkDates(SourceRow<VisitField> row, LocalDate visited, LocalDate published,
            List<Problem> problems) {
        if (visited != null && published != null && published.isBefore(visited)) {
            problems.add(Problem.of(row.column(VisitField.PUBLICATION_DATE), row.get(VisitField.PUBLICATION_DATE),
                    "the report is published (" + published + ") before the visit (" + visited + ")"));
        }
        boolean noDate = row.get(VisitField.VISIT_DATE) == null && row.get(VisitField.PUBLICATION_DATE) == null;
        if (noDate) {
            problems.add(Problem.of(dateColumns(row), "", "the row has no visit date and no publication date: it "
                    + "cannot be placed in time"));
        }
    }

    /** The financial year's start as the file gives it, else that of the visit's date. */
    private static Integer financialYear(SourceRow<VisitField> row, LocalDate when, List<Problem> problems) {
        String yearText = row.get(VisitField.FINANCIAL_YEAR);
        if (yearText != null) {
            Optional<FinancialYear> parsed = FinancialYear.parse(yearText);
            if (parsed.isEmpty()) {
                problems.add(Problem.of(row.column(VisitField.FINANCIAL_YEAR), yearText,
                        "'" + yearText + "' is not a financial year (expected, for example, 2021-22 or 2021 to 2022)"));
                return null;
            }
            return parsed.get().startYear();
        }
        if (when != null) {
            return when.getMonthValue() >= 4 ? when.getYear() : when.getYear() - 1;
        }
        return null;
    }

    private LocalAuthority authority(SourceRow<VisitField> row, LocalDate when, List<Problem> problems,
            List<Problem> warnings) {
        Identifier oldCode = Identifier.of(row.column(VisitField.LA_CODE), row.get(VisitField.LA_CODE));
        Identifier newCode = Identifier.of(row.column(VisitField.NEW_LA_CODE), row.get(VisitField.NEW_LA_CODE));
        Identifier name = Identifier.of(row.column(VisitField.LA_NAME), row.get(VisitField.LA_NAME));
        if (oldCode == null && newCode == null && name == null) {
            problems.add(Problem.of("", "", "the row names no authority (no old LA code, ONS code or name)"));
            return null;
        }
        Resolution resolution = register.resolve(oldCode, newCode, name, when);
        if (resolution instanceof Resolution.Resolved resolved) {
            warnings.addAll(resolved.warnings());
            return resolved.authority();
        } else if (resolution instanceof Resolution.Unresolved unresolved) {
            problems.addAll(unresolved.problems());
        }
        return null;
    }

    private LocalDate date(SourceRow<VisitField> row, VisitField field, List<Problem> problems) {
        String value = row.get(field);
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = FlexibleDate.parse(value);
        if (date.isEmpty()) {
            problems.add(Problem.of(row.column(field), value, "'" + value + "' is not a date (expected 2021-04-20, "
                    + "20/04/2021 or 20 April 2021)"));
            return null;
        }
        if (!plausible.test(date.get())) {
            problems.add(Problem.of(row.column(field), value, "'" + value + "' is outside the dates a visit may have, "
                    + plausible.describe()));
            return null;
        }
        return date.get();
    }

    private static String dateColumns(SourceRow<VisitField> row) {
        List<String> names = new ArrayList<>();
        for (VisitField f : List.of(VisitField.VISIT_DATE, VisitField.PUBLICATION_DATE)) {
            if (row.has(f)) {
                names.add(row.column(f));
            }
        }
        return String.join(", ", names);
    }

    /**
     * Ofsted's regions join North East and Yorkshire and the Humber; either spelling of "the Humber" is the same
     * region.
     */
    private void checkRegion(SourceRow<VisitField> row, LocalAuthority authority, List<Problem> warnings) {
        String given = row.get(VisitField.OFSTED_REGION);
        if (given == null) {
            return;
        }
        register.region(authority.regionCode()).ifPresent(region -> {
            String expected = region.code().equals(NORTH_EAST) || region.code().equals(YORKSHIRE)
                    ? "North East, Yorkshire and the Humber" : region.name();
            String g = AuthorityNames.normalise(given).replace("yorkshire and humber", "yorkshire and the humber");
            if (!g.equals(AuthorityNames.normalise(expected)) && !given.equalsIgnoreCase(region.code())) {
                warnings.add(Problem.of(row.column(VisitField.OFSTED_REGION), given,
                        "the register places " + authority.name()
                        + " in " + region.name() + " (Ofsted region " + expected + "); the register's region is used"));
            }
        });
    }
}

package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ratingspipeline.authority.AuthorityNames;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.AuthorityRegister.Identifier;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Resolution;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.Problem;
import org.ratingspipeline.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates one row of an inspection-results file against the input contract and resolves its
 * authority. Every fault of the row is collected, so a researcher fixes a line once. A row that
 * identifies its inspection (authority, framework, dates) but whose grades cannot all be read is
 * held rather than rejected: another file of the run may carry the same inspection readably.
 */
public class InspectionRowChecker implements ItemProcessor<SourceRow<InspectionField>, CheckedRow<Inspection>> {

    /** What Ofsted's files write where a judgement did not exist yet at the time of the inspection. */
    static final String PRE_DATES_JUDGEMENT = "inspection_pre_dates_judgement";
    /** What the scrape writes where it could not read a grade from the report: not given, not a fault of the row. */
    static final String UNREADABLE = "data_unreadable";
    /** What the scrapes write for an inspection of the 2026 arrangements, which give no overall judgement. */
    static final Set<String> NO_OVERALL = Set.of("not_reported_post_reform", "nan", "none", "not given");

    private final AuthorityRegister register;
    private final DatePlausibility plausible;

    public InspectionRowChecker(AuthorityRegister register, DatePlausibility plausible) {
        this.register = register;
        this.plausible = plausible;
    }

    @Override
    public CheckedRow<Inspection> process(SourceRow<InspectionField> row) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> gradeProblems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();

        LocalDate start = date(row, InspectionField.INSPECTION_START, problems);
        LocalDate end = date(row, InspectionField.INSPECTION_END, problems);
        LocalDate generic = date(row, InspectionField.INSPECTION_DATE, problems);
        LocalDate publication = date(row, InspectionField.PUBLICATION_DATE, problems);
        if (start == null && generic != null) {
            // Ofsted's tables give one inspection date: the start of fieldwork.
            start = generic;
        }
        LocalDate when = start != null ? start : end != null ? end : publication;
        if (when == null && problems.isEmpty()) {
            problems.add(Problem.of(dateColumns(row), "", "no inspection or publication date: the judgement cannot be "
                    + "placed in time"));
        }
        Framework.Reading framework = framework(row, start != null ? start : end, publication, warnings);
        if (when != null) {
            checkDates(row, framework.framework(), start, end, publication, when, problems);
        }

        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        Set<JudgementArea> notApplicable = EnumSet.noneOf(JudgementArea.class);
        boolean noOverallGiven = when != null && framework.framework().givesNoOverall(when);
        for (JudgementArea area : JudgementArea.values()) {
            readGrade(row, area, framework.framework(), when, noOverallGiven, grades, notApplicable, gradeProblems);
        }

        LocalAuthority authority = resolve(row, when, problems, warnings);
        if (!problems.isEmpty()) {
            problems.addAll(gradeProblems);
            return new CheckedRow.Rejected<>(row.line(), problems);
        }
        Inspection inspection = new Inspection(authority, framework.framework(), framework.inspectionType(),
                start, end, publication, grades, notApplicable);
        if (!gradeProblems.isEmpty()) {
            return new CheckedRow.Held<>(row.line(), inspection, gradeProblems);
        }
        return new CheckedRow.Accepted<>(row.line(), inspection, warnings);
    }

    private void readGrade(SourceRow<InspectionField> row, JudgementArea area, Framework framework, LocalDate when,
                           boolean noOverallGiven, Map<JudgementArea, Grade> grades, Set<JudgementArea> notApplicable,
                           List<Problem> problems) {
        InspectionField field = InspectionField.of(area);
        String value = row.get(field);
        boolean overall = area == JudgementArea.OVERALL;
        if (overall && noOverallGiven && (value == null || NO_OVERALL.contains(value.toLowerCase(Locale.ROOT)))) {
            return;
        }
        if (value == null || (!overall && value.equalsIgnoreCase(UNREADABLE))) {
            if (overall) {
                problems.add(Problem.of(row.column(field), "", "the overall effectiveness grade is missing"));
            } else if (area == JudgementArea.CARE_LEAVERS && framework == Framework.ILACS && when != null
                    && when.isBefore(Framework.CARE_LEAVERS_FROM)) {
                notApplicable.add(area);
            }
            return;
        }
        if (overall && value.equalsIgnoreCase(UNREADABLE)) {
            problems.add(Problem.of(row.column(field), value, "the overall effectiveness grade is missing: the source "
                    + "could not read it from the report"));
            return;
        }
        if (!overall && value.equalsIgnoreCase(PRE_DATES_JUDGEMENT)) {
            notApplicable.add(area);
            return;
        }
        Grade.parse(value).ifPresentOrElse(g -> grades.put(area, g),
                () -> problems.add(Problem.of(row.column(field), value,
                "'" + value + "' is not a grade (expected outstanding, good, requires improvement, inadequate, RI or "
                        + "1 to 4)")));
    }

    /**
     * Dates a judgement of children's services cannot have: outside the plausible range, or in the wrong order or era.
     */
    private void checkDates(SourceRow<InspectionField> row, Framework framework, LocalDate start, LocalDate end,
                            LocalDate publication, LocalDate when, List<Problem> problems) {
        for (InspectionField f : List.of(InspectionField.INSPECTION_START, InspectionField.INSPECTION_END,
                InspectionField.INSPECTION_DATE, InspectionField.PUBLICATION_DATE)) {
            FlexibleDate.parse(row.get(f)).filter(d -> !plausible.test(d))
                    .ifPresent(d -> problems.add(Problem.of(row.column(f),
                    row.get(f), "the date " + d + " is outside the plausible range " + plausible.describe())));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Problem.of(row.column(InspectionField.INSPECTION_END), row.get(InspectionField.INSPECTION_END),
                    "the inspection ends (" + end + ") before it starts (" + start + ")"));
        }
        LocalDate inspected = start != null ? start : end;
        if (inspected != null && publication != null && publication.isBefore(inspected)) {
            problems.add(Problem.of(row.column(InspectionField.PUBLICATION_DATE),
                    row.get(InspectionField.PUBLICATION_DATE),
                    "the report is published (" + publication + ") before the inspection began (" + inspected + ")"));
        }
        if (when.isBefore(Framework.SIF_START)) {
            problems.add(Problem.of(dateColumns(row), when.toString(), "an inspection before the single inspection "
                    + "framework (November 2013): earlier frameworks' grades are not comparable and are not counted"));
        } else if (framework == Framework.SIF && inspected != null && inspected.isAfter(Framework.SIF_END)) {
            problems.add(Problem.of(row.column(InspectionField.FRAMEWORK), row.get(InspectionField.FRAMEWORK),
                    "a SIF inspection cannot start on " + inspected + ": SIF inspections ended in 2018"));
        } else if (framework == Framework.ILACS && inspected != null && inspected.isBefore(Framework.ILACS_START)) {
            problems.add(Problem.of(row.column(InspectionField.FRAMEWORK), row.get(InspectionField.FRAMEWORK),
                    "an ILACS inspection cannot start on " + inspected + ": ILACS inspections began in January 2018"));
        }
    }

    private LocalAuthority resolve(SourceRow<InspectionField> row, LocalDate when, List<Problem> problems,
                                   List<Problem> warnings) {
        Resolution resolution = register.resolve(
                Identifier.of(row.column(InspectionField.LA_CODE), row.get(InspectionField.LA_CODE)),
                Identifier.of(row.column(InspectionField.NEW_LA_CODE), row.get(InspectionField.NEW_LA_CODE)),
                Identifier.of(row.column(InspectionField.LA_NAME), row.get(InspectionField.LA_NAME)),
                when);
        if (resolution instanceof Resolution.Resolved resolved) {
            warnings.addAll(resolved.warnings());
            checkRegion(row, resolved.authority(), warnings);
            return resolved.authority();
        }
        if (resolution instanceof Resolution.Unresolved unresolved) {
            problems.addAll(unresolved.problems());
        }
        return null;
    }

    private static LocalDate date(SourceRow<InspectionField> row, InspectionField field, List<Problem> problems) {
        String value = row.get(field);
        if (value == null) {
            return null;
        }
        return FlexibleDate.parse(value).orElseGet(() -> {
            problems.add(Problem.of(row.column(field), value,
                    "'" + value + "' is not a date (expected 2017-07-13, 13/07/2017 or 13 July 2017)"));
            return null;
        });
    }

    private static String dateColumns(SourceRow<InspectionField> row) {
        List<String> names = new ArrayList<>();
        for (InspectionField f : List.of(InspectionField.INSPECTION_START, InspectionField.INSPECTION_END,
                InspectionField.INSPECTION_DATE, InspectionField.PUBLICATION_DATE)) {
            if (row.has(f)) {
                names.add(row.column(f));
            }
        }
        return String.join(", ", names);
    }

    private static Framework.Reading framework(SourceRow<InspectionField> row, LocalDate inspected, LocalDate published,
                                               List<Problem> warnings) {
        String value = row.get(InspectionField.FRAMEWORK);
        String type = row.get(InspectionField.INSPECTION_TYPE);
        var read = Framework.parse(value);
        if (read.isPresent()) {
            Framework.Reading r = read.get();
            var typed = Framework.parse(type).filter(t -> t.framework() == r.framework() && t.inspectionType() != null);
            return typed.orElse(r);
        }
        Framework inferred = Framework.inferredFrom(inspected, published);
        if (value != null) {
            warnings.add(Problem.of(row.column(InspectionField.FRAMEWORK), value, "'" + value
                    + "' is not an inspection framework or ILACS inspection type; inferred " + inferred.code()
                    + " from the inspection date"));
        }
        return new Framework.Reading(inferred,
                Framework.parse(type).map(Framework.Reading::inspectionType).orElse(null));
    }

    private void checkRegion(SourceRow<InspectionField> row, LocalAuthority authority, List<Problem> warnings) {
        String given = row.get(InspectionField.REGION);
        if (given == null) {
            return;
        }
        register.region(authority.regionCode()).ifPresent(region -> {
            boolean same = given.equalsIgnoreCase(region.code())
                    || AuthorityNames.normalise(given).equals(AuthorityNames.normalise(region.name()))
                    || AuthorityNames.normalise(given).replace("yorkshire and the humber", "yorkshire and humber")
                            .equals(AuthorityNames.normalise(region.name()).replace("yorkshire and the humber",
                            "yorkshire and humber"));
            if (!same) {
                warnings.add(Problem.of(row.column(InspectionField.REGION), given,
                        "the register places " + authority.name()
                        + " in " + region.name() + "; the register's region is used"));
            }
        });
    }
}

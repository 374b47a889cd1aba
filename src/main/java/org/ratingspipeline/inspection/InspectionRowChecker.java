package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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
 * authority. Every fault of the row is collected, so a researcher fixes a line once.
 */
public class InspectionRowChecker implements ItemProcessor<SourceRow<InspectionField>, CheckedRow<Inspection>> {

    /** What Ofsted's files write where a judgement did not exist yet at the time of the inspection. */
    static final String PRE_DATES_JUDGEMENT = "inspection_pre_dates_judgement";

    private final AuthorityRegister register;

    public InspectionRowChecker(AuthorityRegister register) {
        this.register = register;
    }

    @Override
    public CheckedRow<Inspection> process(SourceRow<InspectionField> row) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();

        LocalDate start = date(row, InspectionField.INSPECTION_START, problems);
        LocalDate end = date(row, InspectionField.INSPECTION_END, problems);
        LocalDate generic = date(row, InspectionField.INSPECTION_DATE, problems);
        LocalDate publication = date(row, InspectionField.PUBLICATION_DATE, problems);
        if (end == null) {
            end = generic;
        }
        LocalDate when = start != null ? start : end != null ? end : publication;
        if (when == null && problems.isEmpty()) {
            problems.add(Problem.of(dateColumns(row), "", "no inspection or publication date: the judgement cannot be placed in time"));
        }

        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        Set<JudgementArea> notApplicable = EnumSet.noneOf(JudgementArea.class);
        for (JudgementArea area : JudgementArea.values()) {
            InspectionField field = InspectionField.of(area);
            String value = row.get(field);
            if (value == null) {
                if (area == JudgementArea.OVERALL) {
                    problems.add(Problem.of(row.column(field), "", "the overall effectiveness grade is missing"));
                }
                continue;
            }
            if (area != JudgementArea.OVERALL && value.equalsIgnoreCase(PRE_DATES_JUDGEMENT)) {
                notApplicable.add(area);
                continue;
            }
            Grade.parse(value).ifPresentOrElse(g -> grades.put(area, g), () -> problems.add(Problem.of(row.column(field), value,
                    "'" + value + "' is not a grade (expected outstanding, good, requires improvement, inadequate, RI or 1 to 4)")));
        }

        Framework.Reading framework = framework(row, when, warnings);

        LocalAuthority authority = null;
        Resolution resolution = register.resolve(
                Identifier.of(row.column(InspectionField.LA_CODE), row.get(InspectionField.LA_CODE)),
                Identifier.of(row.column(InspectionField.NEW_LA_CODE), row.get(InspectionField.NEW_LA_CODE)),
                Identifier.of(row.column(InspectionField.LA_NAME), row.get(InspectionField.LA_NAME)),
                when);
        if (resolution instanceof Resolution.Resolved resolved) {
            authority = resolved.authority();
            warnings.addAll(resolved.warnings());
            checkRegion(row, authority, warnings);
        } else if (resolution instanceof Resolution.Unresolved unresolved) {
            problems.addAll(unresolved.problems());
        }

        if (!problems.isEmpty()) {
            return new CheckedRow.Rejected<>(row.line(), problems);
        }
        return new CheckedRow.Accepted<>(row.line(), new Inspection(authority, framework.framework(), framework.inspectionType(),
                start, end, publication, grades, notApplicable), warnings);
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

    private static Framework.Reading framework(SourceRow<InspectionField> row, LocalDate when, List<Problem> warnings) {
        String value = row.get(InspectionField.FRAMEWORK);
        var read = Framework.parse(value);
        if (read.isPresent()) {
            return read.get();
        }
        Framework inferred = when == null ? Framework.ILACS : Framework.inferredFrom(when);
        if (value != null) {
            warnings.add(Problem.of(row.column(InspectionField.FRAMEWORK), value, "'" + value
                    + "' is not an inspection framework or ILACS inspection type; inferred " + inferred.code() + " from the inspection date"));
        }
        return new Framework.Reading(inferred, null);
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
                            .equals(AuthorityNames.normalise(region.name()).replace("yorkshire and the humber", "yorkshire and humber"));
            if (!same) {
                warnings.add(Problem.of(row.column(InspectionField.REGION), given, "the register places " + authority.name()
                        + " in " + region.name() + "; the register's region is used"));
            }
        });
    }
}

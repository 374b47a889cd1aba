package org.ratingspipeline.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.statistics.AuthorityJudgement;
import org.ratingspipeline.statistics.JudgementHistory.Judged;
import org.ratingspipeline.statistics.LatestJudgement;
import org.ratingspipeline.visits.VisitFigures.Figures;
import org.ratingspipeline.visits.VisitFigures.Outcome;
import org.ratingspipeline.visits.VisitFigures.Spell;
import org.ratingspipeline.visits.VisitFigures.TypeTheme;
import org.springframework.stereotype.Component;

/**
 * Inspections and the visits between them: Ofsted's in-year activity (monitoring visits of
 * authorities judged inadequate, focused visits of the others) by type, year and theme; each
 * inadequate judgement's monitoring visits before the next inspection; how long ago each authority
 * was last inspected; and Ofsted's headline comparison of latest and first ILACS judgements.
 */
@Component
public class VisitTables implements ReportSection {

    /** The keys of its tables, in the order it builds them. */
    public static final String VISITS_BY_TYPE = "visits_by_type";
    public static final String VISITS_INADEQUATE_SPELLS = "visits_inadequate_spells";
    public static final String VISITS_MONTHS_SINCE_INSPECTION = "visits_months_since_inspection";
    public static final String VISITS_ILACS_COMPARISON = "visits_ilacs_comparison";

    static final Note INSPECTION_ROWS = new Note("visits-inspection-rows",
            "Ofsted's in-year tables list the year's standard and short inspections beside its visits. Those rows of "
                    + "the visits file are loaded with their type, so that every row is accounted for, but they are "
                    + "not counted as visits here nor as inspections anywhere: the inspections come from the "
                    + "inspection files.");
    static final Note IN_YEAR = new Note("visits-in-year",
            "Visits are placed in the financial year under which Ofsted's in-year tables list them; Ofsted's in-year "
                    + "windows follow its report cut-offs, so a visit near 1 April may sit in the year before or after "
                    + "its date. Visits made after the reporting date are not counted. The file names each authority's "
                    + "Ofsted region (North East, Yorkshire and the Humber is spelt two ways); the register's region "
                    + "is used.");
    static final Note SPELLS = new Note("visits-spells",
            "An inadequate spell runs from an inspection judged inadequate overall (its start of fieldwork) to the "
                    + "authority's next inspection under any framework, or to the reporting date if there has been "
                    + "none. Its monitoring visits are those made after the judgement and before the next inspection. "
                    + "Only spells that overlap the period the visits file covers are listed, and Ofsted's visits "
                    + "before that period are not in the file, so a spell that began earlier shows only its later "
                    + "visits. Months are completed calendar months.");
    static final Note LATEST = new Note("visits-latest-inspection",
            "The latest inspection counted as at the reporting date (carried out by then, its report published by the "
                    + "cut-off), under the single inspection framework (SIF) or ILACS. Since 1 April 2026 ILACS "
                    + "inspections give no overall effectiveness judgement but still grade the other four areas: they "
                    + "count as an inspection here. Monitoring and focused visits give no judgement and do not count.");
    static final Note COMPARISON = new Note("visits-comparison",
            "Authorities in the register on the reporting date with more than one ILACS inspection counted by then: "
                    + "the overall effectiveness grade of the latest against that of the first. Improved and declined "
                    + "mean a better or worse grade (good to outstanding is improved; outstanding to good is "
                    + "declined); the same grade is counted as stayed good or outstanding, or stayed below good. An "
                    + "ILACS inspection since 1 April 2026 gives no overall grade: the authority's last ILACS "
                    + "inspection that gave one stands for its latest, and an authority with only one overall grade "
                    + "among its ILACS inspections is not compared. SIF inspections are not compared, as Ofsted's "
                    + "comparison is of ILACS inspections only.");

    private final RatingsProperties.Report settings;
    private final VisitFigures figures;

    public VisitTables(RatingsProperties properties, VisitFigures figures) {
        this.settings = properties.report();
        this.figures = figures;
    }

    @Override
    public List<Cover.Line> about(ReportRun run) {
        if (!figures.hasVisits(run)) {
            return List.of();
        }
        return List.of(Cover.Line.of("Between inspections Ofsted makes monitoring visits to authorities judged "
                + "inadequate and focused visits, on a theme, to the others. The visits tables count them by type, "
                + "financial year and theme, list the monitoring visits between each inadequate judgement and the next "
                + "inspection, give the months since each authority's latest inspection, and compare each authority's "
                + "latest ILACS judgement with its first."));
    }

    @Override
    public List<Cover.Line> sources(ReportRun run) {
        if (!figures.hasVisits(run)) {
            return List.of();
        }
        return List.of(Cover.Line.of("Visits: " + settings.visitsSourceDetail() + "."),
                Cover.Line.link("Ofsted's in-year visits, as republished by DfE (repository)",
                        settings.visitsSourceUrl()));
    }

    @Override
    public List<Cover.Line> inputs(ReportRun run) {
        return figures.hasVisits(run) ? List.of() : List.of(Cover.Line.of("No file of Ofsted's visits was given for "
                + "this run, so the workbook has no visits tables."));
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        if (!figures.hasVisits(run)) {
            return List.of();
        }
        Figures f = figures.of(run);
        return List.of(byType(run, f, notes), spells(run, f, notes), sinceInspection(run, f, notes),
                comparison(run, f, notes));
    }

    private String source() {
        return "Source: " + settings.visitsSource() + "; inspections: " + settings.inspectionsSource() + ".";
    }

    private String coverage(Figures f) {
        return f.years().isEmpty() ? "The visits file has no visit made by the reporting date."
                : "The visits file covers the financial years from " + new FinancialYear(f.years().get(0)).label()
                + " through " + new FinancialYear(f.years().get(f.years().size() - 1)).label() + ".";
    }

    private TableContent byType(ReportRun run, Figures f, Notes notes) {
        String title = "Ofsted monitoring visits and focused visits of local authority children's services by theme "
                + "and financial"
                + " year, England, made by " + Formats.LONG_DATE.format(run.asOf()) + " " + notes.ref(IN_YEAR);
        List<Column> columns =
                new ArrayList<>(List.of(Column.text("Visit type"),
                        Column.text("Theme").withNotesBeside(notes.ref(INSPECTION_ROWS))));
        for (int y : f.years()) {
            columns.add(Column.count(new FinancialYear(y).label(), "number"));
        }
        columns.add(Column.count("All years", "number"));
        List<List<Object>> rows = new ArrayList<>();
        for (TypeTheme t : f.byTypeAndTheme()) {
            List<Object> row = new ArrayList<>(List.of(t.type().label(), t.theme()));
            for (int y : f.years()) {
                row.add(t.byYear().get(y));
            }
            row.add(t.total());
            rows.add(row);
        }
        return new TableContent(VISITS_BY_TYPE, title, List.of(TableContent.ONE_TABLE_WITH_NOTES,
                "One row per visit type and theme, and one for all its themes. " + coverage(f) + " The file's "
                        + f.inspectionRows() + " standard and short inspection rows are not counted; "
                        + f.afterReportingDate()
                        + " visits made after the reporting date are not counted.",
                source()), columns, rows);
    }

    private TableContent spells(ReportRun run, Figures f, Notes notes) {
        String title = "Monitoring visits between each inadequate overall effectiveness judgement and the next "
                + "inspection, by local"
                + " authority, England, " + run.asAt().describe() + " " + notes.ref(SPELLS);
        // The next judgement (text) before the dates and counts: a date is right-aligned, so text after it would run
        // into it.
        List<Column> columns = List.of(Column.code("Old LA code"), Column.text("Local authority"),
                Column.text("Next overall effectiveness judgement"),
                Column.date("Inadequate inspection date"), Column.date("Next inspection date"),
                Column.count("Months to next inspection or reporting date", "number"),
                Column.count("Monitoring visits", "number"), Column.date("First monitoring visit"),
                Column.date("Last monitoring visit"));
        List<List<Object>> rows = new ArrayList<>();
        for (Spell s : f.spells()) {
            List<Object> row = new ArrayList<>();
            row.add(s.authority().authority().oldCode());
            row.add(s.authority().authority().name());
            row.add(s.next().<Object>map(n -> n.overall() == null ? "No overall judgement (2026 arrangements)"
                    : n.overall().label())
                    .orElse("None by the reporting date"));
            row.add(s.inadequate().inspected());
            row.add(s.next().<Object>map(Judged::inspected).orElse(Shorthand.NOT_APPLICABLE));
            row.add(s.months());
            row.add(s.visits().size());
            row.add(s.visits().isEmpty() ? Shorthand.NOT_APPLICABLE : s.visits().get(0).date());
            row.add(s.visits().isEmpty() ? Shorthand.NOT_APPLICABLE : s.visits().get(s.visits().size() - 1).date());
            rows.add(row);
        }
        return new TableContent(VISITS_INADEQUATE_SPELLS, title, List.of(TableContent.ONE_TABLE_WITH_NOTES,
                "One row per inadequate judgement of an authority in the register on the reporting date whose spell "
                        + "overlaps the"
                        + " visits file's period, by authority and date. " + coverage(f) + " " + f.outsideSpells()
                        + " monitoring visits counted fall in no such spell.",
                Shorthand.NOT_APPLICABLE.explanation() + ": no next inspection by the reporting date, or no "
                        + "monitoring visit.",
                source()), columns, rows);
    }

    private TableContent sinceInspection(ReportRun run, Figures f, Notes notes) {
        String title = "Months since each local authority's latest Ofsted inspection of children's services, England, "
                + run.asAt().describe() + " " + notes.ref(LATEST);
        List<Column> columns = List.of(Column.code("Old LA code"), Column.text("Local authority"),
                Column.text("Latest inspection framework"), Column.date("Latest inspection date"),
                Column.count("Months since latest inspection", "number"));
        List<List<Object>> rows = new ArrayList<>();
        long none = 0;
        for (AuthorityJudgement a : f.authorities()) {
            List<Object> row = new ArrayList<>(List.of(a.authority().oldCode(), a.authority().name()));
            if (a.judgement().isEmpty()) {
                none++;
                row.addAll(List.of("Not yet inspected", Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE));
            } else {
                LatestJudgement j = a.judgement().get();
                LocalDate inspected = j.inspectedDate();
                row.add(j.framework().code() + (j.inspectionType() == null ? "" : " " + j.inspectionType()));
                row.add(inspected);
                row.add(ChronoUnit.MONTHS.between(inspected, run.asOf()));
            }
            rows.add(row);
        }
        return new TableContent(VISITS_MONTHS_SINCE_INSPECTION, title, List.of(TableContent.ONE_TABLE_WITH_NOTES,
                "One row per authority in the register on the reporting date, in alphabetical order; " + none
                        + " not yet inspected. Months are completed calendar months to the reporting date.",
                Shorthand.NOT_APPLICABLE.explanation() + ": not yet inspected.",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    private TableContent comparison(ReportRun run, Figures f, Notes notes) {
        String title = "Local authorities with more than one ILACS inspection by how their latest overall "
                + "effectiveness judgement"
                + " compares with their first, England, " + run.asAt().describe() + " " + notes.ref(COMPARISON);
        List<Column> columns = List.of(Column.text("Latest against first ILACS judgement"),
                Column.count("Local authorities", "number"),
                Column.decimal("Share of those compared", "%"));
        List<List<Object>> rows = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            rows.add(List.of(o.label(), f.comparison().counts().get(o),
                    f.comparison().share(o).<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE)));
        }
        rows.add(List.of("All compared", f.comparison().compared(),
                f.comparison().compared() == 0 ? Shorthand.NOT_APPLICABLE
                : BigDecimal.valueOf(1000, 1)));
        return new TableContent(VISITS_ILACS_COMPARISON, title, List.of(TableContent.ONE_TABLE_WITH_NOTES,
                "One row per outcome and one for all authorities compared. " + f.comparison().onLastOverall()
                        + " of them are"
                        + " compared on their last overall grade, their latest ILACS inspection (2026 arrangements) "
                        + "having given"
                        + " none; " + f.comparison().notComparable() + " with more than one ILACS inspection but a "
                        + "single overall grade among them are not compared. Shares are computed from the counts "
                        + "beside them and rounded to one decimal place.",
                Shorthand.NOT_APPLICABLE.explanation() + ": no authority compared.",
                "Source: " + settings.inspectionsSource() + "."), columns, rows);
    }

    static String grade(Grade g) {
        return g == null ? "No overall judgement (2026 arrangements)" : g.label();
    }

    static boolean ilacs(Judged j) {
        return j.framework() == Framework.ILACS;
    }
}

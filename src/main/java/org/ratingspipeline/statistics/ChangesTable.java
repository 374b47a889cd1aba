package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.RemovedInspections;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.PublishedRuns;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.springframework.stereotype.Component;

/**
 * What changed since the last published report: authorities whose latest judgement changed, new
 * judgements, judgements no longer counted, and rows the updated input file no longer carries.
 */
@Component
public class ChangesTable implements ReportSection {

    /** The key of its table. */
    public static final String CHANGES = "changes";

    private final LatestJudgements latest;
    private final PublishedRuns published;
    private final AuthorityRegister register;
    private final RemovedInspections removed;

    public ChangesTable(LatestJudgements latest, PublishedRuns published, AuthorityRegister register,
                        RemovedInspections removed) {
        this.latest = latest;
        this.published = published;
        this.register = register;
        this.removed = removed;
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        List<Column> columns = List.of(Column.code("Old LA code"), Column.text("Local authority"),
                Column.text("Change"),
                // the two judgements, then their dates: a date is right-aligned, so text after it would run into it
                Column.text("Overall effectiveness before"), Column.text("Overall effectiveness after"),
                Column.date("Publication date before"), Column.date("Publication date after"));
        Optional<PublishedRuns.Published> previous = published.previous(run.runId());
        List<List<Object>> rows = new ArrayList<>();
        String comparedWith;
        if (previous.isEmpty()) {
            comparedWith = "There is no earlier published report to compare with: this is the first.";
        } else {
            PublishedRuns.Published p = previous.get();
            comparedWith = "Compared with the report of run " + p.runId() + " (as at "
                    + Formats.LONG_DATE.format(p.asOf())
                    + "), published " + Formats.LONG_DATE.format(p.publishedAt().toLocalDate()) + ".";
            rows.addAll(judgementChanges(latest.snapshot(p.runId()), latest.snapshot(run.runId()), run.asOf()));
        }
        rows.addAll(removedRows(run));
        if (rows.isEmpty()) {
            rows.add(TableContent.sayingRow(columns, Shorthand.NOT_APPLICABLE,
                    Map.of("Local authority", "All authorities", "Change", "No changes")));
        }
        return List.of(new TableContent(CHANGES, "Changes since the last published report, as at "
                + Formats.LONG_DATE.format(run.asOf()), List.of(
                TableContent.ONE_TABLE,
                comparedWith,
                "One row per authority whose latest judgement changed, and per input row removed from an updated file.",
                "Source: the run's own store of judgements."), columns, rows));
    }

    private List<List<Object>> judgementChanges(Map<String, LatestJudgement> before, Map<String, LatestJudgement> after,
                                                LocalDate asOf) {
        List<List<Object>> rows = new ArrayList<>();
        for (String code : new TreeSet<>(union(before, after))) {
            LatestJudgement b = before.get(code);
            LatestJudgement a = after.get(code);
            String change;
            if (b == null) {
                change = "First judgement";
            } else if (a == null) {
                change = "No longer has a judgement as at the reporting date";
            } else if (!Objects.equals(b.publicationDate(), a.publicationDate())
                    || !Objects.equals(b.startDate(), a.startDate())) {
                change = b.overall() == a.overall() ? "New judgement, same grade" : "New judgement, grade changed";
            } else if (b.overall() != a.overall()) {
                change = "Grade corrected in the input";
            } else {
                continue;
            }
            LocalAuthority authority = register.entryOn(code, asOf);
            rows.add(List.of(code, authority.name(), change, grade(b), grade(a), published(b), published(a)));
        }
        return rows;
    }

    private List<List<Object>> removedRows(ReportRun run) {
        return removed.read(run.runId()).stream().map(r -> List.<Object>of(r.oldCode(),
                register.entryOn(r.oldCode(), run.asOf()).name(),
                "Row no longer in " + r.sourceFile() + " (" + r.framework() + " inspection of "
                        + Formats.LONG_DATE.format(r.inspected()) + ")",
                label(r.overall()), Shorthand.NOT_APPLICABLE, r.published(), Shorthand.NOT_APPLICABLE)).toList();
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        Set<String> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    private static Object grade(LatestJudgement j) {
        return j == null ? Shorthand.NOT_AVAILABLE : label(j.overall());
    }

    /** An overall grade, or what an inspection of the 2026 arrangements, which gives none, has instead. */
    private static String label(Grade overall) {
        return overall == null ? "No overall judgement (2026 arrangements)" : overall.label();
    }

    private static Object published(LatestJudgement j) {
        if (j == null) {
            return Shorthand.NOT_AVAILABLE;
        }
        LocalDate d = j.publicationDate() != null ? j.publicationDate() : j.endDate() != null ? j.endDate()
                : j.startDate();
        return d;
    }
}

package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.finance.SpendSummary;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.statistics.JudgementHistory;

/**
 * Spend per child by the judgement in force at the start of each financial year: the grouping
 * researchers model money and ratings with, unlike the spend tables' grouping by the judgement
 * current at the reporting date.
 */
final class SpendByJudgementInForce {

    static final String NONE_YET = "No judgement published by the start of the year";

    private SpendByJudgementInForce() {}

    static TableContent table(
            Map<FinancialYear, List<AuthorityYear>> byYear,
            Map<String, List<JudgementHistory.Judged>> judgements,
            Notes notes,
            String populationSource) {
        String title =
                "Children's social care spend per child aged 0 to 17 by the Ofsted overall effectiveness judgement"
                        + " in force at the start of the financial year, England "
                        + notes.ref(SpendPerChildTables.PER_CHILD, SpendPerChildTables.IN_FORCE);
        List<Column> columns = List.of(
                Column.text("Overall effectiveness judgement in force at the start of the year"),
                Column.text("Financial year"),
                Column.count("Authorities with spend", "number"),
                Column.count("Authorities with outturn and estimate", "number"),
                Column.pounds("Spend per child", "£"),
                Column.pounds("Median spend per child", "£"),
                Column.decimal("Overspend", "% of budget"));
        List<List<Object>> rows = rows(byYear, judgements);
        return new TableContent(
                SpendPerChildTables.SPEND_PER_CHILD_BY_JUDGEMENT_IN_FORCE,
                title,
                List.of(
                        TableContent.ONE_TABLE_WITH_NOTES,
                        "One row per judgement and financial year. Spend per child is the group's outturn over its"
                                + " children; the median is of its authorities' figures. [z]: no authority in the group"
                                + " has the figure.",
                        "Source: the spend file listed on the cover; " + populationSource + "; the inspection results"
                                + " listed on the cover."),
                columns,
                rows);
    }

    /** One row per group and year; the 2026 arrangements' group only where some year began after such an inspection. */
    private static List<List<Object>> rows(
            Map<FinancialYear, List<AuthorityYear>> byYear, Map<String, List<JudgementHistory.Judged>> judgements) {
        List<List<Object>> rows = new ArrayList<>();
        boolean reformed = byYear.entrySet().stream().anyMatch(e -> e.getValue().stream()
                .anyMatch(a -> group(judgements.getOrDefault(a.oldCode(), List.of()), e.getKey())
                        .equals(Judged.NO_OVERALL)));
        for (String group : groups()) {
            if (group.equals(Judged.NO_OVERALL) && !reformed) {
                continue;
            }
            byYear.forEach((year, all) -> rows.add(row(
                    group,
                    year,
                    all.stream()
                            .filter(a -> group(judgements.getOrDefault(a.oldCode(), List.of()), year)
                                    .equals(group))
                            .toList())));
        }
        return rows;
    }

    private static List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (Grade g : Grade.values()) {
            groups.add(g.label());
        }
        groups.add(Judged.NO_OVERALL);
        groups.add(NONE_YET);
        return groups;
    }

    static String group(List<JudgementHistory.Judged> judgements, FinancialYear year) {
        return JudgementsInForce.inForce(judgements, year.start())
                .map(j -> j.overall() == null ? Judged.NO_OVERALL : j.overall().label())
                .orElse(NONE_YET);
    }

    private static List<Object> row(String group, FinancialYear year, List<AuthorityYear> in) {
        List<BigDecimal> perChild = in.stream()
                .map(AuthorityYear::perChild)
                .flatMap(Optional::stream)
                .toList();
        Optional<BigDecimal> overspend =
                SpendSummary.of(in.stream().map(a -> a.line().money()).toList()).percentOfBudget();
        return List.of(
                group,
                year.label(),
                in.size(),
                perChild.size(),
                cell(SpendPerChildTables.perChild(in)),
                cell(Benchmark.median(perChild, 0)),
                cell(overspend));
    }

    private static Object cell(Optional<BigDecimal> value) {
        return value.<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE);
    }
}

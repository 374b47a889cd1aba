package org.ratingspipeline.finance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.statistics.AuthorityColumns;
import org.springframework.stereotype.Component;

/**
 * The latest financial year's spend beside each authority's latest judgement in the per-authority
 * table: the year is the latest in the spend loaded, the same for every authority, so the column
 * compares like with like; an authority without spend in that year shows [x].
 */
@Component
public class SpendAuthorityColumns implements AuthorityColumns {

    private final SpendTables tables;
    private final SpendLedger ledger;

    public SpendAuthorityColumns(SpendTables tables, SpendLedger ledger) {
        this.tables = tables;
        this.ledger = ledger;
    }

    @Override
    public Optional<Group> forRun(ReportRun run, Notes notes) {
        if (!tables.hasSpend(run)) {
            return Optional.empty();
        }
        List<SpendLine> matched = ledger.read(run.runId(), run.asOf()).stream().filter(SpendLine::matched).toList();
        Optional<FinancialYear> latest = matched.stream().map(SpendLine::year).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        String year = latest.get().label();
        Map<String, Overspend> money = matched.stream().filter(l -> l.year().equals(latest.get()))
                .collect(Collectors.toMap(l -> l.authority().oldCode(), SpendLine::money));
        List<Column> columns = List.of(Column.pounds("Budget, " + year, "£").withNotes(notes.ref(tables.definitions())),
                Column.pounds("Outturn, " + year, "£"), Column.pounds("Overspend, " + year, "£"),
                Column.decimal("Overspend, " + year, "% of budget"));
        List<Object> none =
                new ArrayList<>(List.of(Shorthand.NOT_AVAILABLE, Shorthand.NOT_AVAILABLE, Shorthand.NOT_AVAILABLE,
                Shorthand.NOT_AVAILABLE));
        return Optional.of(new Group(columns, a -> {
            Overspend m = money.get(a.oldCode());
            return m == null ? none : SpendCells.money(m);
        }));
    }
}

package org.ratingspipeline.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.BoundaryChanges;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.inspection.Grade;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored spend rows, each joined to the latest judgement as at the reporting date or given the
 * reason it is not. Spend belongs to the authority that existed in its financial year, under that
 * authority's old LA code; it is joined to that authority's own latest judgement, so spend of an
 * authority replaced before the reporting date (Cumbria's 2022 to 2023) is not attributed to its
 * successors' judgements: their judgements are of different authorities with different budgets.
 */
@Component
public class SpendLedger {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuthorityRegister register;
    private final BoundaryChanges changes;
    private final String select;

    public SpendLedger(NamedParameterJdbcTemplate jdbc, AuthorityRegister register, BoundaryChanges changes,
            SqlScripts sql) {
        this.jdbc = jdbc;
        this.register = register;
        this.changes = changes;
        this.select = sql.get("spend-select");
    }

    /**
     * Every stored spend row, in order of authority, year and line; the run's latest judgements must have been taken.
     */
    public List<SpendLine> read(long runId, LocalDate asOf) {
        Set<String> existing =
                register.existingOn(asOf).stream().map(LocalAuthority::oldCode).collect(Collectors.toSet());
        List<SpendLine> lines = new ArrayList<>(jdbc.query(select, new MapSqlParameterSource("runId", runId),
                (rs, i) -> place(rs, existing, asOf)));
        lines.sort(Comparator.comparing((SpendLine l) -> l.matched() ? l.authority().name() : "")
                .thenComparing(SpendLine::year).thenComparing(SpendLine::sourceFile)
                .thenComparingLong(SpendLine::line));
        return lines;
    }

    private SpendLine place(ResultSet rs, Set<String> existing, LocalDate asOf) throws SQLException {
        String file = rs.getString("source_file");
        long line = rs.getLong("line_number");
        Spend.Given given = new Spend.Given(rs.getString("given_old_la_code"), rs.getString("given_new_la_code"),
                rs.getString("given_la_name"));
        FinancialYear year = new FinancialYear(rs.getInt("financial_year"));
        Overspend money = new Overspend(rs.getBigDecimal("budget_gbp"), rs.getBigDecimal("outturn_gbp"),
                rs.getBigDecimal("overspend_gbp"));
        String oldCode = rs.getString("old_la_code");
        if (oldCode == null) {
            return new SpendLine(file, line, given, null, null, year, money, null,
                    ReconciliationReason.valueOf(rs.getString("unmatched_reason")), rs.getString("unmatched_detail"));
        }
        LocalAuthority authority = register.byNewCode(rs.getString("new_la_code")).orElseThrow(
                () -> new IllegalStateException("spend row " + file + ":" + line + " has an ONS code the register no "
                        + "longer holds"));
        Region region =
                register.region(authority.regionCode())
                        .orElse(new Region(authority.regionCode(), authority.regionCode()));
        int grade = rs.getInt("overall_effectiveness");
        boolean judged = !rs.wasNull();
        if (!existing.contains(oldCode)) {
            return new SpendLine(file, line, given, authority, region, year, money, null,
                    ReconciliationReason.NOT_AT_REPORTING_DATE, notAtReportingDate(oldCode, asOf));
        }
        if (!judged) {
            Date inspected = rs.getDate("effective_date");
            return new SpendLine(file, line, given, authority, region, year, money, null,
                    inspected == null ? ReconciliationReason.NO_JUDGEMENT : ReconciliationReason.NO_OVERALL_JUDGEMENT,
                    unjudged(authority, inspected, asOf));
        }
        return new SpendLine(file, line, given, authority, region, year, money, Grade.ofNumber(grade), null, null);
    }

    /** Why an authority of the reporting date has no overall judgement to join its spend to. */
    private static String unjudged(LocalAuthority authority, Date inspected, LocalDate asOf) {
        if (inspected != null) {
            return authority.name() + "'s latest inspection, of " + Formats.LONG_DATE.format(inspected.toLocalDate())
                    + ", was under Ofsted's 2026 arrangements, which give no overall effectiveness judgement";
        }
        return authority.name() + " had no judgement published on or before " + Formats.LONG_DATE.format(asOf)
                + " in the inspection results loaded";
    }

    private String notAtReportingDate(String oldCode, LocalDate asOf) {
        LocalAuthority then = register.entryOn(oldCode, asOf);
        if (then.operationDate().isAfter(asOf)) {
            return then.name() + " was created on " + Formats.LONG_DATE.format(then.operationDate())
                    + ", after the reporting date";
        }
        List<BoundaryChanges.Change> replaced = changes.replacing(oldCode);
        if (replaced.isEmpty()) {
            return then.name() + " was abolished on " + Formats.LONG_DATE.format(then.terminationDate())
                    + ", before the reporting date";
        }
        List<String> successors = replaced.stream().map(c -> c.successor().name()).toList();
        String names = successors.size() == 1 ? successors.get(0)
                : String.join(", ", successors.subList(0, successors.size() - 1)) + " and "
                        + successors.get(successors.size() - 1);
        return then.name() + " was replaced by " + names + " on "
                + Formats.LONG_DATE.format(replaced.get(0).date())
                + "; its spend is not attributed to their judgements";
    }
}

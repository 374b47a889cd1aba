package org.ratingspipeline.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.AuthorityRegister.Identifier;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Resolution;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.Problem;
import org.ratingspipeline.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates one row of a spend file and matches its authority as it was in that financial year.
 * A row that cannot be read (no year, money that is not money, no figures at all, no identifier)
 * is rejected with every fault. A readable row whose identifiers match no authority of that year
 * is loaded all the same, with the reason, so the report's reconciliation table shows the money
 * that could not be placed instead of it vanishing.
 */
public class SpendRowChecker implements ItemProcessor<SourceRow<SpendField>, CheckedRow<Spend>> {

    private final AuthorityRegister register;

    public SpendRowChecker(AuthorityRegister register) {
        this.register = register;
    }

    @Override
    public CheckedRow<Spend> process(SourceRow<SpendField> row) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();

        FinancialYear year = null;
        String yearText = row.get(SpendField.FINANCIAL_YEAR);
        if (yearText == null) {
            problems.add(Problem.of(row.column(SpendField.FINANCIAL_YEAR), "", "the financial year is missing"));
        } else {
            year = FinancialYear.parse(yearText).orElse(null);
            if (year == null) {
                problems.add(Problem.of(row.column(SpendField.FINANCIAL_YEAR), yearText,
                        "'" + yearText + "' is not a financial year (expected, for example, 2016 to 2017 or 201617)"));
            }
        }
        int faultsBeforeMoney = problems.size();
        BigDecimal budget = money(row, SpendField.BUDGET, problems, warnings);
        BigDecimal outturn = money(row, SpendField.OUTTURN, problems, warnings);
        BigDecimal overspend = money(row, SpendField.OVERSPEND, problems, warnings);
        if (problems.size() == faultsBeforeMoney && budget == null && outturn == null && overspend == null) {
            problems.add(Problem.of(moneyColumns(row), "", "no budget, outturn or overspend: the row has no figure to "
                    + "load"));
        }

        Spend.Given given = new Spend.Given(row.get(SpendField.LA_CODE), row.get(SpendField.NEW_LA_CODE),
                row.get(SpendField.LA_NAME));
        if (given.oldCode() == null && given.newCode() == null && given.name() == null) {
            problems.add(Problem.of("", "", "the row names no authority (no old LA code, ONS code or name)"));
        }
        if (!problems.isEmpty()) {
            return new CheckedRow.Rejected<>(row.line(), problems);
        }

        Overspend money = Overspend.of(budget, outturn, overspend);
        if (budget != null && outturn != null && overspend != null && money.overspend().compareTo(overspend) != 0) {
            warnings.add(Problem.of(row.column(SpendField.OVERSPEND), row.get(SpendField.OVERSPEND), "the overspend "
                    + "given differs from "
                    + "outturn minus budget (" + money.overspend().toPlainString() + "); outturn minus budget is "
                    + "used"));
        }
        return new CheckedRow.Accepted<>(row.line(), match(row, given, year, money, warnings), warnings);
    }

    /** The authority of the row in that year: resolved on the day the year began, and existing at some point of it. */
    private Spend match(SourceRow<SpendField> row, Spend.Given given, FinancialYear year, Overspend money,
            List<Problem> warnings) {
        Identifier oldCode = Identifier.of(row.column(SpendField.LA_CODE), given.oldCode());
        Identifier newCode = Identifier.of(row.column(SpendField.NEW_LA_CODE), given.newCode());
        Identifier name = Identifier.of(row.column(SpendField.LA_NAME), given.name());
        Resolution resolution = register.resolve(oldCode, newCode, name, year.start());
        if (resolution instanceof Resolution.Resolved resolved) {
            LocalAuthority inYear = register.entryOn(resolved.authority().oldCode(), year.start());
            if (inYear.operationDate().isAfter(year.end())) {
                return unmatched(given, ReconciliationReason.NOT_IN_YEAR, year, money, inYear.name() + " was created "
                        + "on " + Formats.LONG_DATE.format(inYear.operationDate()) + ", after the financial year "
                        + year.label() + " ended");
            }
            warnings.addAll(resolved.warnings());
            return new Spend(given, inYear, null, year, money);
        }
        String reasons =
                ((Resolution.Unresolved) resolution).problems().stream().map(Problem::reason)
                        .collect(Collectors.joining("; "));
        // Identifiers that agree on an authority at some other time: it did not exist in this year.
        if (register.resolve(oldCode, newCode, name, null) instanceof Resolution.Resolved other) {
            LocalAuthority last = register.entryOn(other.authority().oldCode(), year.start());
            if (last.terminatedBefore(year.start())) {
                return unmatched(given, ReconciliationReason.NOT_IN_YEAR, year, money, last.name() + " was abolished "
                        + "on " + Formats.LONG_DATE.format(last.terminationDate()) + ", before the financial year "
                        + year.label() + " began");
            }
        }
        return unmatched(given, ReconciliationReason.UNKNOWN_AUTHORITY, year, money, reasons);
    }

    private static Spend unmatched(Spend.Given given, ReconciliationReason reason, FinancialYear year, Overspend money,
            String detail) {
        return new Spend(given, null, new Spend.Unmatched(reason, detail), year, money);
    }

    private static BigDecimal money(SourceRow<SpendField> row, SpendField field, List<Problem> problems,
                                    List<Problem> warnings) {
        String value = row.get(field);
        if (Money.notGiven(value)) {
            if (Money.softwareBlank(value)) {
                warnings.add(Problem.of(row.column(field), value, "'" + value + "' is read as no figure: it is how "
                        + "software writes a missing or failed calculation, so the source may have lost a figure "
                        + "here"));
            }
            return null;
        }
        Money.Unit unit = Money.Unit.ofHeader(row.column(field));
        BigDecimal pounds = Money.parse(value, unit).orElse(null);
        String fault = pounds == null ? "'" + value + "' is not an amount of money (expected 12,345,678, £12.3m or "
                + "12345678.00" + (unit == Money.Unit.POUNDS ? "" : "; the header says " + unit.label()) + ")"
                : implausible(field, value, pounds);
        if (fault != null) {
            problems.add(Problem.of(row.column(field), value, fault));
            return null;
        }
        return pounds;
    }

    /**
     * Amounts that parse but cannot be true. Too large for the store: loading would fail the whole
     * run. A negative budget or outturn: net spend on children's social care is never below zero, and
     * one such row (an accounting negative, {@code (78,539,000)}) moves England's totals by tens of
     * millions, which a warning beside the figures would not undo; an underspend is a negative overspend.
     */
    private static String implausible(SpendField field, String value, BigDecimal pounds) {
        if (!Money.storable(pounds)) {
            return "'" + value + "' is larger than any amount the store can hold (at most £"
                    + String.format("%,.2f", Money.LARGEST) + ")";
        }
        if (pounds.signum() < 0 && field != SpendField.OVERSPEND) {
            return "'" + value + "' is a negative " + (field == SpendField.BUDGET ? "budget" : "outturn") + " (£"
                    + pounds.toPlainString() + "): spending cannot be below zero; an underspend is a negative "
                    + "overspend";
        }
        return null;
    }

    private static String moneyColumns(SourceRow<SpendField> row) {
        return List.of(SpendField.BUDGET, SpendField.OUTTURN,
                SpendField.OVERSPEND).stream().filter(row::has).map(row::column)
                .collect(Collectors.joining(", "));
    }
}

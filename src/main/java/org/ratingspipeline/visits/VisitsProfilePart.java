package org.ratingspipeline.visits;

import java.util.List;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.profile.ProfilePart;
import org.ratingspipeline.profile.ProfileSheets;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.visits.VisitLedger.StoredVisit;
import org.springframework.stereotype.Component;

/**
 * A profiled authority's Ofsted visits between inspections (monitoring visits while it is judged
 * inadequate, focused visits with their theme), on a sheet of its profile after its judgements: the
 * other half of its improvement journey. Only a run with a visits file has it.
 */
@Component
public class VisitsProfilePart implements ProfilePart {

    /** The part of its table's key after the authority's ({@link ProfileSheets#key}: {@code profile_306_visits}). */
    public static final String PART = "visits";

    private final VisitLedger ledger;
    private final RatingsProperties.Report settings;

    public VisitsProfilePart(VisitLedger ledger, RatingsProperties properties) {
        this.ledger = ledger;
        this.settings = properties.report();
    }

    @Override
    public List<TableContent> tables(ReportRun run, LocalAuthority authority, ProfileSheets sheets, Notes notes) {
        if (!ledger.hasVisits(run.runId())) {
            return List.of();
        }
        List<StoredVisit> visits = ledger.read(run.runId()).stream()
                .filter(v -> v.oldCode().equals(authority.oldCode()) && v.type().visit()
                && !v.date().isAfter(run.asOf()))
                .toList();
        List<List<Object>> rows = visits.stream().<List<Object>>map(v -> List.of(
                v.date(),
                v.type().label(),
                v.theme() == null || v.theme().isBlank() ? Shorthand.NOT_APPLICABLE : v.theme(),
                new FinancialYear(v.financialYear()).label(),
                v.sourceFile(),
                v.line())).toList();
        long monitoring = visits.stream().filter(v -> v.type() == VisitType.MONITORING_VISIT).count();
        String title = "Profile of " + authority.name() + " (" + authority.oldCode() + "): Ofsted monitoring and "
                + "focused visits of its children's services, made by " + Formats.LONG_DATE.format(run.asOf());
        return List.of(new TableContent(sheets.key(PART), title, List.of(
                TableContent.ONE_TABLE,
                visits.size() + " visits of " + authority.name() + " in the visits file, " + monitoring
                        + " of them monitoring visits (made while its children's services are judged inadequate),"
                        + " oldest first.",
                "The file covers only the financial years it names (see the visits tables); Ofsted's inspections"
                        + " are on the judgements sheet of this profile.",
                "[z]: a monitoring visit without a theme in the file.",
                "Source: " + settings.visitsSource() + "."),
                List.of(
                        Column.date("Visit date"),
                        Column.text("Visit type"),
                        Column.text("Theme"),
                        Column.text("Financial year"),
                        Column.text("Source file"),
                        Column.plain("Line in source file", "line number")),
                rows).onSheet(sheets.name(PART)));
    }
}

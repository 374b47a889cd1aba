package org.ratingspipeline.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.tidy.TidyCsvWriter;
import org.ratingspipeline.report.tidy.TidyDataChecker;
import org.ratingspipeline.report.tidy.TidyTable;
import org.ratingspipeline.report.tidy.TidyTime;

/** The judgements as tidy data, from authorities made up for the purpose, written and read back. */
class JudgementsDatasetTest {

    private static final Region LONDON = new Region("E12000007", "London");
    private static final Region NORTH_EAST = new Region("E12000001", "North East");
    private static final List<Region> REGIONS = List.of(NORTH_EAST, LONDON);

    @TempDir
    Path dir;

    @Test
    void everyPlaceAreaAndJudgementHasARowAndAuthoritiesAddUpToRegionsAndEngland() throws IOException {
        List<AuthorityJudgement> authorities = List.of(
                judged("306", "Croydon", LONDON, Grade.GOOD, LocalDate.of(2020, 3, 20)),
                judged("305", "Bromley", LONDON, Grade.OUTSTANDING, LocalDate.of(2024, 5, 1)),
                notInspected("302", "Barnet", LONDON),
                judged("805", "Hartlepool", NORTH_EAST, Grade.INADEQUATE, LocalDate.of(2024, 2, 1)));

        TidyCsv csv = write(JudgementsDataset.table(new TidyTime("2025", "Reporting year"), authorities, REGIONS));

        // ILACS only: its five areas; (England + 2 regions + 4 authorities) x 5 areas x 11 judgements.
        assertThat(csv.rows()).hasSize(7 * 5 * 11);
        assertThat(csv.rows()).extracting(r -> r.get("judgement_area")).doesNotContain("Adoption performance");
        assertThat(csv.national("Overall effectiveness", "Good")).containsEntry("la_count",
                "1").containsEntry("la_percent", "33.3");
        assertThat(csv.national("Overall effectiveness", "Good or outstanding"))
                .containsEntry("la_count", "2").containsEntry("la_percent", "66.7");
        assertThat(csv.national("Overall effectiveness", "All judged")).containsEntry("la_count",
                "3").containsEntry("la_percent", "100.0");
        assertThat(csv.national("Overall effectiveness", "Not yet inspected")).containsEntry("la_count",
                "1").containsEntry("la_percent", "z");
        assertThat(csv.national("Overall effectiveness", "Total")).containsEntry("la_count",
                "4").containsEntry("la_percent", "z");
        // Croydon's 2020 inspection came before care leavers were judged on their own: not applicable.
        assertThat(csv.national("Care leavers", "Not applicable")).containsEntry("la_count", "1");
        assertThat(csv.national("Care leavers", "Good")).containsEntry("la_count", "0").containsEntry("la_percent",
                "0.0");
        assertThat(csv.judgement("Regional", "E12000007", "", "Overall effectiveness", "Outstanding"))
                .containsEntry("la_count", "1").containsEntry("la_percent", "50.0");

        var croydon = csv.judgement("Local authority", "E12000007", "306", "Overall effectiveness", "Good");
        assertThat(croydon).containsEntry("la_name", "Croydon").containsEntry("new_la_code", "E09000306")
                .containsEntry("region_name", "London").containsEntry("la_count", "1").containsEntry("la_percent",
                "100.0");
        assertThat(csv.judgement("Local authority", "E12000007", "306", "Overall effectiveness", "Inadequate"))
                .containsEntry("la_count", "0").containsEntry("la_percent", "0.0");
        assertThat(csv.judgement("Local authority", "E12000007", "302", "Overall effectiveness", "Good"))
                .containsEntry("la_count", "0").containsEntry("la_percent", "z");
        assertThat(csv.judgement("Local authority", "E12000007", "302", "Overall effectiveness", "Not yet inspected"))
                .containsEntry("la_count", "1");

        assertAuthoritiesAddUpToRegionsAndEngland(csv);
    }

    /** Every national count is the sum of the regions' and of the authorities'; every regional one of its own. */
    private static void assertAuthoritiesAddUpToRegionsAndEngland(TidyCsv csv) {
        for (var row : csv.rows()) {
            if (row.get("geographic_level").equals("National")) {
                long regions = sum(csv, "Regional", null, row);
                long las = sum(csv, "Local authority", null, row);
                assertThat(regions).as(row.toString()).isEqualTo(Long.parseLong(row.get("la_count"))).isEqualTo(las);
            }
            if (row.get("geographic_level").equals("Regional")) {
                assertThat(sum(csv, "Local authority", row.get("region_code"), row)).as(row.toString())
                        .isEqualTo(Long.parseLong(row.get("la_count")));
            }
        }
    }

    @Test
    void beforeAnyoneIsJudgedThereAreNoSharesAndEveryAuthorityIsNotYetInspected() throws IOException {
        TidyCsv csv = write(JudgementsDataset.table(new TidyTime("2018", "Reporting year"),
                List.of(notInspected("306", "Croydon", LONDON)), REGIONS));
        assertThat(csv.national("Overall effectiveness", "Good")).containsEntry("la_count",
                "0").containsEntry("la_percent", "z");
        assertThat(csv.national("Overall effectiveness", "Total")).containsEntry("la_count", "1");
        assertThat(csv.judgement("Regional", "E12000001", "", "Overall effectiveness", "Total"))
                .containsEntry("la_count", "0");
    }

    @Test
    void anAuthorityNameThatLooksLikeAFormulaIsNeutralisedInTheCsv() throws IOException {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        TidyCsv csv = write(JudgementsDataset.table(new TidyTime("2025", "Reporting year"),
                List.of(judged("306", formula, LONDON, Grade.GOOD, LocalDate.of(2024, 1, 1))), REGIONS));
        assertThat(csv.judgement("Local authority", "E12000007", "306", "Overall effectiveness", "Good").get("la_name"))
                .isEqualTo("'" + formula);
    }

    private TidyCsv write(TidyTable table) throws IOException {
        Path data = dir.resolve("judgements.csv");
        Path meta = dir.resolve("judgements.meta.csv");
        new TidyCsvWriter().write(table, data, meta);
        assertThat(new TidyDataChecker().check(data, meta)).isEmpty();
        return TidyCsv.read(data);
    }

    private static long sum(TidyCsv csv, String level, String regionCode, Map<String, String> like) {
        return csv.rows().stream()
                .filter(r -> r.get("geographic_level").equals(level))
                .filter(r -> regionCode == null || r.get("region_code").equals(regionCode))
                .filter(r -> r.get("judgement_area").equals(like.get("judgement_area"))
                        && r.get("ofsted_judgement").equals(like.get("ofsted_judgement")))
                .mapToLong(r -> Long.parseLong(r.get("la_count"))).sum();
    }

    private static AuthorityJudgement judged(String oldCode, String name, Region region, Grade overall,
            LocalDate published) {
        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        Set<JudgementArea> notApplicable = EnumSet.noneOf(JudgementArea.class);
        for (JudgementArea area : JudgementArea.values()) {
            if (!area.partOf(Framework.ILACS)) {
                continue;
            }
            if (area == JudgementArea.CARE_LEAVERS && published.getYear() < 2023) {
                notApplicable.add(area);
            } else {
                grades.put(area, overall);
            }
        }
        return new AuthorityJudgement(authority(oldCode, name, region), region,
                Optional.of(new LatestJudgement(Framework.ILACS,
                "standard", published.minusMonths(2), published.minusMonths(2), published, grades, notApplicable)));
    }

    private static AuthorityJudgement notInspected(String oldCode, String name, Region region) {
        return new AuthorityJudgement(authority(oldCode, name, region), region, Optional.empty());
    }

    private static LocalAuthority authority(String oldCode, String name, Region region) {
        String newCode = (region == LONDON ? "E09000" : "E06000") + oldCode;
        return new LocalAuthority(newCode, oldCode, name, LocalDate.of(2000, 1, 1), null, region.code());
    }
}

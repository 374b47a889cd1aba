package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;

/**
 * An authority's most recent judgement as at the reporting date.
 *
 * @param lastOverall where this inspection gave no overall judgement (the arrangements of April
 *                    2026), the authority's last one that did: shown, but no longer current
 */
public record LatestJudgement(
        Framework framework,
        String inspectionType,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate publicationDate,
        Map<JudgementArea, Grade> grades,
        Set<JudgementArea> notApplicable,
        Optional<LastOverall> lastOverall) {

    /** An earlier overall effectiveness judgement and when that inspection was carried out. */
    public record LastOverall(Grade grade, LocalDate inspected) {
    }

    public LatestJudgement(Framework framework, String inspectionType, LocalDate startDate, LocalDate endDate,
                           LocalDate publicationDate, Map<JudgementArea, Grade> grades,
                                   Set<JudgementArea> notApplicable) {
        this(framework, inspectionType, startDate, endDate, publicationDate, grades, notApplicable, Optional.empty());
    }

    /** The overall effectiveness grade, or null for an inspection that gave none (the arrangements of April 2026). */
    public Grade overall() {
        return grades.get(JudgementArea.OVERALL);
    }

    /** Whether the inspection was made under the arrangements of April 2026, which give no overall judgement. */
    public boolean noOverallJudgement() {
        return overall() == null;
    }

    /**
     * The date as-at figures compare with: publication, else inspection end, else start (as the store's effective
     * date).
     */
    public LocalDate countedDate() {
        return publicationDate != null ? publicationDate : endDate != null ? endDate : startDate;
    }

    public Optional<Grade> grade(JudgementArea area) {
        return Optional.ofNullable(grades.get(area));
    }

    /** Not applicable: the area is not part of the framework, or did not exist yet at the inspection. */
    public boolean notApplicable(JudgementArea area) {
        return !area.partOf(framework) || notApplicable.contains(area);
    }

    /** When the inspection was carried out: the start of fieldwork, else its end, else the publication date. */
    public LocalDate inspectedDate() {
        return startDate != null ? startDate : endDate != null ? endDate : publicationDate;
    }
}

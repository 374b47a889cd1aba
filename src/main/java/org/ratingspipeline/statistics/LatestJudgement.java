package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;

/** An authority's most recent judgement as at the reporting date. */
public record LatestJudgement(
        Framework framework,
        String inspectionType,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate publicationDate,
        Map<JudgementArea, Grade> grades,
        Set<JudgementArea> notApplicable) {

    public Grade overall() {
        return grades.get(JudgementArea.OVERALL);
    }

    /** The date as-at figures compare with: publication, else inspection end, else start (as the store's effective date). */
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
}

package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.ratingspipeline.authority.LocalAuthority;

/**
 * One judgement of an authority's children's services, as loaded.
 *
 * @param grades the areas judged; an area neither here nor in {@code notApplicable} was not given
 * @param notApplicable areas that did not exist at the time (the ILACS care leavers judgement before 2023)
 */
public record Inspection(
        LocalAuthority authority,
        Framework framework,
        String inspectionType,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate publicationDate,
        Map<JudgementArea, Grade> grades,
        Set<JudgementArea> notApplicable) {

    public Inspection {
        grades = Map.copyOf(grades);
        notApplicable = Set.copyOf(notApplicable);
        if (startDate == null && endDate == null && publicationDate == null) {
            throw new IllegalArgumentException("an inspection needs a date");
        }
        if (!grades.containsKey(JudgementArea.OVERALL)) {
            throw new IllegalArgumentException("an inspection needs an overall grade");
        }
    }

    /** The date that identifies the inspection of an authority under a framework. */
    public LocalDate keyDate() {
        return startDate != null ? startDate : endDate != null ? endDate : publicationDate;
    }

    /** The date an as-at figure compares with: publication where known, as Ofsted's own figures do. */
    public LocalDate effectiveDate() {
        return publicationDate != null ? publicationDate : endDate != null ? endDate : startDate;
    }
}

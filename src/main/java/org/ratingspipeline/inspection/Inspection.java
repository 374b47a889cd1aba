package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.ratingspipeline.authority.LocalAuthority;

/**
 * One judgement of an authority's children's services, as loaded.
 *
 * @param grades the areas judged; an area neither here nor in {@code notApplicable} was not given. Overall
 *               effectiveness is absent only for an inspection made under the arrangements of April 2026
 *               (which give none), or for a row held until another source gives it
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
    }

    /**
     * When the inspection was carried out, which identifies it and which Ofsted's as-at rule compares
     * with the reporting date: the start of fieldwork, else its end, else (SIF files give no
     * fieldwork dates) the publication date.
     */
    public LocalDate keyDate() {
        return startDate != null ? startDate : endDate != null ? endDate : publicationDate;
    }

    /**
     * When the report was published, which the as-at rule compares with the publication cut-off (end or start date
     * where unknown).
     */
    public LocalDate effectiveDate() {
        return publicationDate != null ? publicationDate : endDate != null ? endDate : startDate;
    }
}

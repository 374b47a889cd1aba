package org.ratingspipeline.visits;

import java.time.LocalDate;
import org.ratingspipeline.authority.LocalAuthority;

/**
 * One row of a visits file as loaded.
 *
 * @param authority the register entry of the authority on the visit's date
 * @param visitDate the date the file gives for the visit; null when it gives only a publication date
 * @param date when the visit was made: the visit date, else the publication date
 * @param financialYear the year the financial year starts in (2021 is 2021 to 2022)
 * @param theme the visit's theme, or null where the file gives none
 */
public record Visit(LocalAuthority authority, VisitType type, LocalDate visitDate, LocalDate publicationDate,
                    LocalDate date, int financialYear, String theme) {
}

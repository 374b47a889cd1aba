package org.ratingspipeline.authority;

import java.time.LocalDate;

/**
 * One row of DfE's register: an authority under one ONS code for the period it held that code.
 * The three-digit old LA code is what stays the same across a change of ONS code (Barnsley,
 * Buckinghamshire), so it is the authority's identity in our statistics.
 */
public record LocalAuthority(
        String newCode,
        String oldCode,
        String name,
        LocalDate operationDate,
        LocalDate terminationDate,
        String regionCode) {

    /** Whether the authority existed under this code on the date (inclusive at both ends). */
    public boolean existsOn(LocalDate date) {
        return !date.isBefore(operationDate) && (terminationDate == null || !date.isAfter(terminationDate));
    }

    /** Whether it had been abolished (or recoded) before the date. */
    public boolean terminatedBefore(LocalDate date) {
        return terminationDate != null && terminationDate.isBefore(date);
    }
}

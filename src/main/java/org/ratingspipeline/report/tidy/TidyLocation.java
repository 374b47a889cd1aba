package org.ratingspipeline.report.tidy;

import java.util.Objects;
import org.ratingspipeline.common.Formats;

/**
 * What place a row of tidy data is about, as the EES geography columns: always the country (we
 * publish England only), then the region and the local authority where the level has them. A
 * local authority row carries its region too, as the EES screener asks.
 *
 * @param newLaCode the 9-character ONS code; blank for a legacy authority that never had one
 */
public record TidyLocation(GeographicLevel level, String regionCode, String regionName, String oldLaCode,
        String newLaCode,
                           String laName) {

    public static final String ENGLAND_NAME = "England";

    public TidyLocation {
        Objects.requireNonNull(level, "level");
        boolean regional = level != GeographicLevel.NATIONAL;
        boolean local = level == GeographicLevel.LOCAL_AUTHORITY;
        require(regional, regionCode, "region_code", level);
        require(regional, regionName, "region_name", level);
        require(local, oldLaCode, "old_la_code", level);
        require(local, laName, "la_name", level);
        if (!local && newLaCode != null && !newLaCode.isEmpty()) {
            throw new IllegalArgumentException("new_la_code on a " + level.label() + " row");
        }
    }

    private static void require(boolean applies, String value, String column, GeographicLevel level) {
        boolean present = value != null && !value.isBlank();
        if (applies != present) {
            throw new IllegalArgumentException(column + (applies ? " is required" : " must be blank") + " on a "
                    + level.label() + " row");
        }
    }

    public static TidyLocation national() {
        return new TidyLocation(GeographicLevel.NATIONAL, null, null, null, null, null);
    }

    public static TidyLocation regional(String regionCode, String regionName) {
        return new TidyLocation(GeographicLevel.REGIONAL, regionCode, regionName, null, null, null);
    }

    public static TidyLocation localAuthority(String oldLaCode, String newLaCode, String laName, String regionCode,
                                              String regionName) {
        return new TidyLocation(GeographicLevel.LOCAL_AUTHORITY, regionCode, regionName, oldLaCode, newLaCode, laName);
    }
}

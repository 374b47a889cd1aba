package org.ratingspipeline.authority;

/** An English region (ONS code E12000001 to E12000009). */
public record Region(String code, String name) {
}

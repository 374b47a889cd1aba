package org.ratingspipeline.report.check;

/**
 * A cell as a worksheet's XML holds it, read without POI's model ({@link WorksheetXml}).
 *
 * @param row   0-based, from the enclosing row's {@code r}, as POI takes it
 * @param col   0-based, from the cell's reference
 * @param type  the {@code t} attribute: "n" (also when absent), "s", "b" or "e"
 * @param style the {@code s} attribute, 0 when absent
 * @param value the text of {@code <v>}, or null when the cell has none
 */
record PlainCell(int row, int col, String type, int style, String value) {
}

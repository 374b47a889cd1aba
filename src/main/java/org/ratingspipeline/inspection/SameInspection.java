package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Finds the rows of a run that record an inspection another of its files records too, fed the
 * run's rows authority by authority. Two rows are the same inspection when they are of one
 * authority and framework and their inspection dates, or their publication dates, are at most
 * {@link #WITHIN_DAYS} days apart: sources differ by a day here and there (Ofsted's own releases
 * do), and no authority is inspected twice within a month. A held row (grades unreadable) may be
 * of either framework: a scrape that could not read a report often could not read its type either.
 * The row counted is the first readable one in the order of the files.
 */
final class SameInspection implements Consumer<SameInspection.Row> {

    static final int WITHIN_DAYS = 31;

    /** The identity of a stored row. */
    record Row(int sourceOrder, long line, String oldCode, String framework, LocalDate inspected, LocalDate published,
               boolean held) {
    }

    private static final Comparator<Row> FILE_ORDER =
            Comparator.comparingInt(Row::sourceOrder).thenComparingLong(Row::line);

    private final Consumer<Object[]> overlap;
    private final List<Row> authority = new ArrayList<>();

    /**
     * @param overlap receives {source order, line, kept source order, kept line} for each row taken from another file
     */
    SameInspection(Consumer<Object[]> overlap) {
        this.overlap = overlap;
    }

    /** Takes the rows in authority order (any order within an authority). */
    @Override
    public void accept(Row row) {
        if (!authority.isEmpty() && !authority.get(0).oldCode().equals(row.oldCode())) {
            finish();
        }
        authority.add(row);
    }

    /**
     * Matches the rows of the authority taken last. Each row looks only at the readable rows dated within
     * {@link #WITHIN_DAYS} days of it (binary search in the rows sorted by each date), so an authority
     * with many rows costs n log n, not n squared.
     */
    void finish() {
        List<Row> readable = authority.stream().filter(r -> !r.held()).toList();
        Row[] byInspected = sorted(readable, Row::inspected);
        Row[] byPublished = sorted(readable.stream().filter(r -> r.published() != null).toList(), Row::published);
        List<Row> rows = authority.stream().sorted(FILE_ORDER).toList();
        for (Row r : rows) {
            Row kept = firstWithin(byInspected, Row::inspected, r.inspected(), r, null);
            if (r.published() != null) {
                kept = firstWithin(byPublished, Row::published, r.published(), r, kept);
            }
            if (kept != null) {
                overlap.accept(new Object[] {r.sourceOrder(), r.line(), kept.sourceOrder(), kept.line()});
            }
        }
        authority.clear();
    }

    private static Row[] sorted(List<Row> rows, Function<Row, LocalDate> date) {
        return rows.stream().sorted(Comparator.comparing(date)).toArray(Row[]::new);
    }

    /** Of {@code best} and the rows of {@code sorted} near {@code at} counted for {@code row}: first in file order. */
    private static Row firstWithin(Row[] sorted, Function<Row, LocalDate> date, LocalDate at, Row row, Row best) {
        LocalDate from = at.minusDays(WITHIN_DAYS);
        LocalDate to = at.plusDays(WITHIN_DAYS);
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (date.apply(sorted[mid]).isBefore(from)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < sorted.length && !date.apply(sorted[i]).isAfter(to); i++) {
            Row k = sorted[i];
            if (counted(k, row) && (best == null || FILE_ORDER.compare(k, best) < 0)) {
                best = k;
            }
        }
        return best;
    }

    /** Whether {@code kept}, which comes first in file order among such rows, is counted in place of {@code row}. */
    private static boolean counted(Row kept, Row row) {
        if (kept.held() || kept.sourceOrder() == row.sourceOrder()
                || (kept.sourceOrder() > row.sourceOrder() && !row.held())) {
            return false;
        }
        if (!row.held() && !kept.framework().equals(row.framework())) {
            return false;
        }
        return close(kept.inspected(), row.inspected()) || close(kept.published(), row.published());
    }

    private static boolean close(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= WITHIN_DAYS;
    }
}

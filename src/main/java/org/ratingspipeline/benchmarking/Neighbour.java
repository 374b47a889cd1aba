package org.ratingspipeline.benchmarking;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.common.Formats;

/**
 * One neighbour as the model lists it, and the authorities that stand for it on the reporting date:
 * itself, or, for an authority reorganised since (or not yet created), those that cover its area then.
 *
 * @param listedCode the old LA code the model gives
 * @param listedName its name in the register ({@code null} when the register does not know the code)
 * @param changed    the date of the reorganisation, for a neighbour replaced or not yet created
 */
public record Neighbour(
        String listedCode, String listedName, Standing standing, List<LocalAuthority> standIns, LocalDate changed) {

    public enum Standing {
        /** The authority existed on the date. */
        CURRENT,
        /** Abolished before the date; its successors stand for it. */
        REPLACED,
        /** Created after the date; the authorities it was made from stand for it. */
        NOT_YET_CREATED,
        /** Neither it nor any successor or predecessor existed on the date: it counts for nothing, and says so. */
        GONE
    }

    public Neighbour {
        standIns = List.copyOf(standIns);
    }

    /** What a reader sees in the neighbour's cell: its name, and what became of it if it did not exist on the date. */
    public String label() {
        String date = changed == null ? null : Formats.LONG_DATE.format(changed);
        return switch (standing) {
            case CURRENT -> listedName;
            case REPLACED -> listedName + " (" + listedCode + "), replaced on " + date + " by " + names();
            case NOT_YET_CREATED ->
                listedName + " (" + listedCode + "), created on " + date + "; counted as " + names();
            case GONE ->
                (listedName == null ? "Old LA code " + listedCode : listedName + " (" + listedCode + ")")
                        + ", not in the register on the reporting date and not counted";
        };
    }

    private String names() {
        List<String> names = standIns.stream().map(LocalAuthority::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }
}

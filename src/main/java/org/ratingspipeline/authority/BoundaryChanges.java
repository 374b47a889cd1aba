package org.ratingspipeline.authority;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The reorganisations in which an authority was replaced by others with new old LA codes
 * (Bournemouth and Poole by Bournemouth, Christchurch and Poole in 2019; Northamptonshire by North
 * and West Northamptonshire in 2021; Cumbria by Cumberland and Westmorland and Furness in 2023).
 * DfE's register has the dates each code was in use but not who replaced whom, so that is listed
 * in {@code authority/boundary-changes.csv} and checked against the register's dates here.
 * North Yorkshire, Somerset and Buckinghamshire became unitary under their old LA code: the same
 * authority with a new ONS code, which the register alone describes, so they are not listed.
 */
@Component
public class BoundaryChanges {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One authority replaced, wholly or in part, by another on a date. */
    public record Change(LocalAuthority predecessor, LocalAuthority successor, LocalDate date) {
    }

    private final List<Change> changes;

    public BoundaryChanges(AuthorityRegister register) {
        List<Change> list = new ArrayList<>();
        for (Map<String, String> row : AuthorityRegister.readCsv("authority/boundary-changes.csv")) {
            LocalDate date = LocalDate.parse(row.get("date_of_change"), DATE);
            LocalAuthority predecessor = entry(register, row.get("predecessor_old_la_code"), date.minusDays(1));
            LocalAuthority successor = entry(register, row.get("successor_old_la_code"), date);
            if (!date.minusDays(1).equals(predecessor.terminationDate()) || !date.equals(successor.operationDate())) {
                throw new IllegalStateException("boundary change " + row + " does not match the register: "
                        + predecessor.name()
                        + " ended on " + predecessor.terminationDate() + ", " + successor.name() + " began on "
                        + successor.operationDate());
            }
            list.add(new Change(predecessor, successor, date));
        }
        this.changes = List.copyOf(list);
    }

    /** The authorities that replaced this one, in the order listed; empty when it was not replaced. */
    public List<Change> replacing(String predecessorOldCode) {
        return changes.stream().filter(c -> c.predecessor().oldCode().equals(predecessorOldCode)).toList();
    }

    /** The authorities this one replaced, wholly or in part; empty when it replaced none. */
    public List<Change> replaced(String successorOldCode) {
        return changes.stream().filter(c -> c.successor().oldCode().equals(successorOldCode)).toList();
    }

    private static LocalAuthority entry(AuthorityRegister register, String oldCode, LocalDate date) {
        boolean known = register.hasOldCode(oldCode);
        LocalAuthority entry = known ? register.entryOn(oldCode, date) : null;
        if (entry == null || !entry.existsOn(date)) {
            throw new IllegalStateException("boundary change: old LA code " + oldCode + " is not in the register on "
                    + date);
        }
        return entry;
    }
}

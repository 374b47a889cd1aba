package org.ratingspipeline.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;

/**
 * An invented inspection history, large enough for a run to be caught mid-import: the real
 * register's authorities, one inspection a day each from 2014 (the single inspection framework: earlier
 * frameworks are rejected), grades in turn, 1% bad rows.
 */
final class LargeFixture {

    private static final String[] GRADES = {"outstanding", "good", "requires improvement", "inadequate", "good"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LargeFixture() {
    }

    static Path write(Path file, int rows) throws IOException {
        return write(file, rows, false);
    }

    /**
     * @param duplicates whether every tenth row (line i with i mod 10 = 4) repeats the row before it, a file
     *                   carrying one inspection twice: both rows are rejected, for 20% of the rows
     */
    static Path write(Path file, int rows, boolean duplicates) throws IOException {
        List<LocalAuthority> authorities = new AuthorityRegister().existingOn(LocalDate.of(2025, 6, 1));
        LocalDate first = LocalDate.of(2014, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("La Code,LTLA23CD,Local Authority,Inspection Framework,Inspection Start Date,Publication Date,"
                    + "Overall Effectiveness Grade\n");
            String previous = "";
            for (int i = 0; i < rows; i++) {
                if (duplicates && i % 10 == 4) {
                    out.write(previous);
                    continue;
                }
                LocalAuthority a = authorities.get(i % authorities.size());
                LocalDate start = first.plusDays(i / authorities.size());
                String grade = i % 100 == 99 ? "Excellent" : GRADES[(i / 7) % GRADES.length];
                previous = a.oldCode() + "," + a.newCode() + ",\"" + a.name() + "\","
                        + (start.getYear() < 2018 ? "SIF" : "ILACS")
                        + "," + DATE.format(start) + "," + DATE.format(start.plusDays(49)) + "," + grade + "\n";
                out.write(previous);
            }
        }
        return file;
    }
}

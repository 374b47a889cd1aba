import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.h2.tools.RunScript;

/**
 * The store's floor: how long H2 alone takes to hold the rows a run of ROWS rows loads, with nothing of the
 * pipeline around it (no CSV, no checks, no Spring Batch). It runs the project's own schema.sql into a fresh H2
 * file database and inserts ROWS rows into loaded_judgement with the project's own sql/inspection-insert.sql, in
 * JDBC batches of CHUNK rows, each committed, as the import step does; then the same into a fresh database without
 * the table's one index. bench/run.sh prints both beside the pipeline and pandas, so the share of a run that the
 * store costs, and what no change to the rest of the pipeline can remove, is measured in the same run.
 *
 * <p>Run with the source launcher and the build's H2 jar:
 * {@code java -Xmx256m -XX:+UseParallelGC -cp target/app/lib/h2-VERSION.jar bench/StoreFloor.java ROWS CHUNK WORK}
 * Prints one line: {@code floor ROWS with-index-seconds without-index-seconds}.
 */
public final class StoreFloor {

    private static final Path SCHEMA = Path.of("src/main/resources/schema.sql");
    private static final Path INSERT = Path.of("src/main/resources/sql/inspection-insert.sql");
    /** The live single authorities the generator spreads the rows over, as bench/generate_inspections.py does. */
    private static final int AUTHORITIES = 153;

    private StoreFloor() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int chunk = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        double withIndex = load(work.resolve("floor-index"), rows, chunk, true);
        double withoutIndex = load(work.resolve("floor-no-index"), rows, chunk, false);
        System.out.printf("floor %d %.2f %.2f%n", rows, withIndex, withoutIndex);
    }

    private static double load(Path dir, int rows, int chunk, boolean index) throws IOException, SQLException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("floor");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Reader schema = Files.newBufferedReader(SCHEMA)) {
                RunScript.execute(c, schema);
            }
            if (!index) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX loaded_judgement_by_authority");
                }
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(Files.readString(INSERT))) {
                LocalDate first = LocalDate.of(2018, 2, 1);
                for (int i = 0; i < rows; i++) {
                    long line = i + 2L;
                    LocalDate started = first.plusDays(i / AUTHORITIES);
                    int col = 1;
                    // run 1, file 1: the key as inspection.JudgementKey makes it (the check in schema.sql holds it)
                    ps.setLong(col++, (1L << 44) + (1L << 32) + line);
                    ps.setLong(col++, 1);
                    ps.setInt(col++, 1);
                    ps.setString(col++, "inspections.csv");
                    ps.setLong(col++, line);
                    ps.setString(col++, String.valueOf(800 + i % AUTHORITIES));
                    ps.setString(col++, "E0600" + (100 + i % AUTHORITIES));
                    ps.setString(col++, "ILACS");
                    ps.setString(col++, null);
                    ps.setDate(col++, Date.valueOf(started));
                    ps.setDate(col++, Date.valueOf(started));
                    ps.setDate(col++, Date.valueOf(started.plusDays(11)));
                    ps.setDate(col++, Date.valueOf(started.plusDays(49)));
                    ps.setDate(col++, Date.valueOf(started.plusDays(49)));
                    for (int area = 0; area < 8; area++) {
                        ps.setShort(col++, (short) (1 + (i + area) % 4));
                    }
                    ps.setBoolean(col, false);
                    ps.addBatch();
                    if ((i + 1) % chunk == 0 || i == rows - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * schema.sql on a store made before the judgements had a key of one column: the rows of its {@code judgement} table
 * are kept, in {@code loaded_judgement}, each under its run, file and line; the old table is gone; and running the
 * script again, as every start does, changes nothing, also after a start that stopped between the copy and the
 * drop. On a real H2 file and a real PostgreSQL.
 */
class StoreMigrationTest {

    /** The judgement table as schema.sql made it until 2 December 2026, with its key of three columns. */
    private static final String OLD_TABLE = """
            CREATE TABLE judgement (
                run_id BIGINT NOT NULL, source_order INTEGER NOT NULL, source_file VARCHAR(255) NOT NULL,
                line_number BIGINT NOT NULL, old_la_code VARCHAR(3) NOT NULL, new_la_code VARCHAR(9) NOT NULL,
                framework VARCHAR(5) NOT NULL, inspection_type VARCHAR(40), key_date DATE NOT NULL, start_date DATE,
                end_date DATE, publication_date DATE, effective_date DATE NOT NULL, overall_effectiveness SMALLINT,
                impact_of_leaders SMALLINT, help_and_protection SMALLINT, children_in_care SMALLINT,
                care_leavers SMALLINT, looked_after SMALLINT, adoption SMALLINT, leadership SMALLINT,
                held BOOLEAN NOT NULL, PRIMARY KEY (run_id, source_order, line_number))""";
    private static final String OLD_INDEX = "CREATE INDEX judgement_by_authority ON judgement "
            + "(old_la_code, framework, key_date, run_id, source_order, line_number)";
    /** Three rows of two runs: run 1's file 1, lines 2 and 3; run 2's file 2, line 7, held with no overall grade. */
    private static final List<String> OLD_ROWS = List.of(
            "(1, 1, 'a.csv', 2, '202', 'E09000008', 'ILACS', NULL, DATE '2022-01-10', DATE '2022-01-10', "
                    + "DATE '2022-01-21', DATE '2022-02-28', DATE '2022-02-28', 2, 2, 2, 2, 2, NULL, NULL, NULL, "
                    + "FALSE)",
            "(1, 1, 'a.csv', 3, '306', 'E09000006', 'SIF', NULL, DATE '2016-05-03', NULL, NULL, "
                    + "DATE '2016-07-01', DATE '2016-07-01', 3, NULL, NULL, NULL, NULL, 3, 3, 3, FALSE)",
            "(2, 2, 'b.csv', 7, '202', 'E09000008', 'ILACS', NULL, DATE '2026-05-11', DATE '2026-05-11', "
                    + "DATE '2026-05-22', NULL, DATE '2026-05-22', NULL, 1, 1, 1, 1, NULL, NULL, NULL, TRUE)");

    @TempDir
    Path work;

    @Test
    void anH2StoreKeepsItsJudgements() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("ratings"), "sa", "")) {
            keepsItsJudgements(c);
        }
        // and again after the database was closed and opened, as the next run opens it
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("ratings"), "sa", "")) {
            schema(c);
            assertThat(rows(c)).containsExactly(expected());
        }
    }

    @Test
    void aPostgresStoreKeepsItsJudgements() throws SQLException {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresServer.newDatabaseUrl(),
                EmbeddedPostgresServer.USER, "")) {
            keepsItsJudgements(c);
        }
    }

    @Test
    void aNewStoreStartsEmptyWithoutTheOldTable() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("new"), "sa", "")) {
            schema(c);
            schema(c);
            assertThat(rows(c)).isEmpty();
            assertThat(oldTableExists(c)).isFalse();
        }
    }

    private void keepsItsJudgements(Connection c) throws SQLException {
        oldStore(c);
        schema(c);
        assertThat(rows(c)).containsExactly(expected());
        assertThat(oldTableExists(c)).isFalse();
        // every start runs the script
        schema(c);
        assertThat(rows(c)).containsExactly(expected());
        // a start stopped after the copy, before the drop: the old table is back with the same rows
        oldStore(c);
        schema(c);
        assertThat(rows(c)).containsExactly(expected());
        assertThat(oldTableExists(c)).isFalse();
    }

    /** The rows as the old table held them, each with its key worked out here: run * 2^44 + file * 2^32 + line. */
    private static String[] expected() {
        return new String[] {
            key(1, 1, 2) + " 1 1 a.csv 2 202 ILACS 2022-01-10 2 false",
            key(1, 1, 3) + " 1 1 a.csv 3 306 SIF 2016-05-03 3 false",
            key(2, 2, 7) + " 2 2 b.csv 7 202 ILACS 2026-05-11 null true"};
    }

    private static long key(long run, long file, long line) {
        return Math.addExact(Math.addExact(Math.multiplyExact(run, 1L << 44), Math.multiplyExact(file, 1L << 32)),
                line);
    }

    private static void oldStore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(OLD_TABLE);
            s.execute(OLD_INDEX);
            for (String row : OLD_ROWS) {
                s.execute("INSERT INTO judgement VALUES " + row);
            }
        }
    }

    private static void schema(Connection c) {
        ScriptUtils.executeSqlScript(c, new ClassPathResource("schema.sql"));
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT row_key, run_id, source_order, source_file, line_number, "
                     + "old_la_code, framework, key_date, overall_effectiveness, held FROM loaded_judgement "
                     + "ORDER BY row_key")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getInt(3) + " " + rs.getString(4) + " "
                        + rs.getLong(5) + " " + rs.getString(6) + " " + rs.getString(7) + " " + rs.getDate(8) + " "
                        + rs.getObject(9) + " " + rs.getBoolean(10));
            }
        }
        return rows;
    }

    private static boolean oldTableExists(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                     + "WHERE UPPER(table_name) = 'JUDGEMENT'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}

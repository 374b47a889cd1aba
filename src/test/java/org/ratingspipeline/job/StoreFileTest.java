package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real H2 store written by H2, then damaged the ways a disk or an operator damages one. */
class StoreFileTest {

    @TempDir
    Path dir;

    private String url;
    private StoreFile store;

    @BeforeEach
    void aStoreWithSomeRows() throws SQLException {
        url = "jdbc:h2:file:" + dir.resolve("ratings");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, text VARCHAR(200))");
            s.execute("INSERT INTO t SELECT x, REPEAT('row', 50) FROM SYSTEM_RANGE(1, 5000)");
        }
        store = StoreFile.ofUrl(url + ";AUTO_SERVER=TRUE").orElseThrow();
    }

    @Test
    void aWholeStoreAndAMissingOneAreNotDamaged() throws IOException {
        assertThat(store.path()).isEqualTo(dir.resolve("ratings.mv.db"));
        assertThat(store.damage()).isEmpty();
        assertThat(new StoreFile(dir.resolve("nothing.mv.db")).damage()).isEmpty();
    }

    @Test
    void aStoreNeverClosedCleanlyIsNotDamaged() throws IOException {
        // what a first run killed with kill -9 leaves: a header that names no chunk yet
        byte[] header = "H:2,blockSize:1000,created:1a2310c4909,format:3,fletcher:3500611f\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[4096 * 6];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(header, 0, file, 4096, header.length);
        Files.write(store.path(), file);
        assertThat(store.damage()).isEmpty();
        Files.write(store.path(), Arrays.copyOf(file, 5000));
        assertThat(store.damage()).hasValueSatisfying(why -> assertThat(why).contains("shorter than its header"));
    }

    @Test
    void aStoreWithALockFileBesideItIsLeftToH2() throws IOException {
        Files.write(store.path(), new byte[0]);
        Files.writeString(dir.resolve("ratings.lock.db"), "#FileLock");
        assertThat(store.damage()).isEmpty();
    }

    @Test
    void anEmptiedStoreIsDamaged() throws IOException {
        Files.write(store.path(), new byte[0]);
        assertThat(store.damage()).contains("it is empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 3000, 9000, -2})
    void aTruncatedStoreIsDamaged(int bytesOrFraction) throws IOException {
        long keep = bytesOrFraction < 0 ? Files.size(store.path()) / -bytesOrFraction : bytesOrFraction;
        try (RandomAccessFile f = new RandomAccessFile(store.path().toFile(), "rw")) {
            f.setLength(keep);
        }
        assertThat(store.damage()).hasValueSatisfying(why -> assertThat(why).containsAnyOf("truncated", "header"));
    }

    @Test
    void aFileThatIsNotAStoreIsDamaged() throws IOException {
        Files.writeString(store.path(), "la_code,overall\n".repeat(1000));
        assertThat(store.damage()).hasValueSatisfying(why -> assertThat(why)
                .contains("does not start with an H2 store header"));
    }

    @Test
    void onlyEmbeddedFileDatabasesHaveAStoreFile() {
        assertThat(StoreFile.ofUrl("jdbc:h2:mem:test")).isEmpty();
        assertThat(StoreFile.ofUrl("jdbc:h2:tcp://host/db")).isEmpty();
        assertThat(StoreFile.ofUrl("jdbc:postgresql://host/db")).isEmpty();
        assertThat(StoreFile.ofUrl("jdbc:h2:./data/ratings;AUTO_SERVER=TRUE"))
                .contains(new StoreFile(Path.of("./data/ratings.mv.db")));
    }
}

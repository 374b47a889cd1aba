package org.ratingspipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.inspection.InspectionField;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The read-ahead reader on real files: rows in file order, checked on the reading thread; the position saved is the
 * last row handed over, whatever was read ahead, so a restart carries on from there; a broken file fails after the
 * rows before the break.
 */
class CheckedRowReaderTest {

    private static final String DESCRIPTION = "inspection results";
    /** Far more than the reader holds ahead (8 batches of 256), so the file is still being read when it saves. */
    private static final int ROWS = 5_000;

    /** A checker that keeps the row's code and records which thread checked it. */
    private static ItemProcessor<SourceRow<InspectionField>, CheckedRow<String>> checker(List<String> threads) {
        return row -> {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
            }
            return new CheckedRow.Accepted<>(row.line(), row.get(InspectionField.LA_CODE), List.of());
        };
    }

    private static Path file(Path dir, int rows, String tail) throws IOException {
        StringBuilder csv = new StringBuilder("la_code,overall_effectiveness\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",good\n");
            if (i == 3) {
                csv.append(",\n"); // a blank record: skipped, not counted, yet its line is
            }
        }
        csv.append(tail);
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static CheckedRowReader<InspectionField, String> reader(Path file, List<String> threads) {
        return new CheckedRowReader<>(new CsvSourceReader<>(SourceFile.inspect(file, DESCRIPTION), DESCRIPTION,
                InspectionField.class, header -> { }), checker(threads));
    }

    @Test
    void handsOverEveryRowInFileOrderCheckedOnTheReadingThread(@TempDir Path dir) throws Exception {
        List<String> threads = new ArrayList<>();
        CheckedRowReader<InspectionField, String> reader = reader(file(dir, ROWS, ""), threads);
        reader.open(new ExecutionContext());
        List<CheckedRow<String>> rows = new ArrayList<>();
        for (CheckedRow<String> row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        assertThat(reader.read()).isNull();
        reader.close();

        assertThat(rows).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            CheckedRow.Accepted<String> row = (CheckedRow.Accepted<String>) rows.get(i);
            assertThat(row.value()).isEqualTo(String.valueOf(i + 1));
            // line 1 is the header, line 5 the blank record after the third row
            assertThat(row.line()).isEqualTo(i < 3 ? i + 2 : i + 3);
        }
        assertThat(threads).hasSize(ROWS).allMatch(t -> t.startsWith("read-ahead-"));
    }

    @Test
    void savesThePositionOfTheLastRowHandedOverAndARestartCarriesOnFromIt(@TempDir Path dir) throws Exception {
        Path file = file(dir, ROWS, "");
        List<String> threads = new ArrayList<>();
        CheckedRowReader<InspectionField, String> first = reader(file, threads);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        for (int i = 0; i < 10; i++) {
            first.read();
        }
        // let the reading thread run ahead as far as it goes
        long waitUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (threads.size() < 2_048 && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        assertThat(threads.size()).isGreaterThan(10);
        first.update(context);
        first.close();
        assertThat(context.getLong(CsvSourceReader.rowsReadKey(DESCRIPTION))).isEqualTo(10);

        CheckedRowReader<InspectionField, String> restarted = reader(file, new ArrayList<>());
        restarted.open(context);
        CheckedRow.Accepted<String> next = (CheckedRow.Accepted<String>) restarted.read();
        assertThat(next.value()).isEqualTo("11");
        int rest = 1;
        while (restarted.read() != null) {
            rest++;
        }
        restarted.update(context);
        restarted.close();
        assertThat(rest).isEqualTo(ROWS - 10);
        assertThat(context.getLong(CsvSourceReader.rowsReadKey(DESCRIPTION))).isEqualTo(ROWS);
    }

    @Test
    void aBrokenFileFailsAfterTheRowsBeforeTheBreak(@TempDir Path dir) throws Exception {
        CheckedRowReader<InspectionField, String> reader =
                reader(file(dir, 1_000, "1001,\"good\n1002,good\n"), new ArrayList<>());
        reader.open(new ExecutionContext());
        int rows = 0;
        try {
            while (reader.read() != null) {
                rows++;
            }
            throw new AssertionError("the unclosed quote was not reported");
        } catch (InputFileException e) {
            assertThat(e.getMessage()).contains("a quoted field is never closed");
        }
        assertThat(rows).isEqualTo(1_000);
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void aFailingCheckerFailsTheStepAtItsRow(@TempDir Path dir) throws Exception {
        CheckedRowReader<InspectionField, String> reader = new CheckedRowReader<>(
                new CsvSourceReader<>(SourceFile.inspect(file(dir, 600, ""), DESCRIPTION), DESCRIPTION,
                        InspectionField.class, header -> { }),
                row -> {
                    if (row.get(InspectionField.LA_CODE).equals("300")) {
                        throw new IllegalStateException("checker broke at 300");
                    }
                    return new CheckedRow.Accepted<>(row.line(), row.get(InspectionField.LA_CODE), List.of());
                });
        reader.open(new ExecutionContext());
        for (int i = 1; i < 300; i++) {
            assertThat(((CheckedRow.Accepted<String>) reader.read()).value()).isEqualTo(String.valueOf(i));
        }
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("checker broke at 300");
        reader.close();
    }

    @Test
    void closingWhileTheReadingThreadWaitsStopsIt(@TempDir Path dir) throws Exception {
        CheckedRowReader<InspectionField, String> reader = reader(file(dir, ROWS, ""), new ArrayList<>());
        reader.open(new ExecutionContext());
        reader.read();
        CountDownLatch closed = new CountDownLatch(1);
        Thread closer = new Thread(() -> {
            reader.close();
            closed.countDown();
        });
        closer.start();
        assertThat(closed.await(5, TimeUnit.SECONDS)).as("close returned").isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("read-ahead-")
                && t.isAlive());
    }
}

package org.ratingspipeline.source;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * An import step's reader: a file's rows, read and checked on a thread of its own while the step's thread writes
 * the rows before them. Writing a chunk to the store is most of an import (a million rows: about two thirds of
 * the step's thread in a profile), reading and checking the rest, and the nightly machine has two cores; in the
 * step's own thread the two took turns.
 *
 * <p>The step still sees one row after another, in file order, and a chunk is still one transaction. What the
 * reader saves at a commit is the position of the last row it handed over, not of the rows read ahead, so a
 * restarted step carries on after the last committed chunk as before. A failure of the file (invalid CSV, a file
 * changed under a resumed run) or of the checker reaches the step where the file's rows reach it: after the rows
 * before it, not earlier.
 */
public class CheckedRowReader<F extends Enum<F> & SourceField, T> implements ItemStreamReader<CheckedRow<T>> {

    /** Rows handed over at a time: one hand-over between the threads per batch, not per row. */
    private static final int BATCH = 256;
    /** Batches read ahead: enough to keep the step's thread busy, few enough to hold only a chunk or two. */
    private static final int BATCHES_AHEAD = 8;

    private final CsvSourceReader<F> file;
    private final ItemProcessor<SourceRow<F>, CheckedRow<T>> checker;
    private BlockingQueue<Batch<T>> ahead;
    private Thread reading;
    private Iterator<CheckedRow<T>> current = List.<CheckedRow<T>>of().iterator();
    private boolean finished;
    private Exception failure;
    private long handedOver;

    public CheckedRowReader(CsvSourceReader<F> file, ItemProcessor<SourceRow<F>, CheckedRow<T>> checker) {
        this.file = Objects.requireNonNull(file);
        this.checker = Objects.requireNonNull(checker);
    }

    private CheckedRowReader() {
        this.file = null;
        this.checker = null;
    }

    /** A reader of no rows, for a step whose optional input (spend, visits) the run does not have. */
    public static <F extends Enum<F> & SourceField, T> CheckedRowReader<F, T> none() {
        return new CheckedRowReader<>();
    }

    /** What the reading thread hands over: rows, then either the end of the file or what stopped it. */
    private record Batch<T>(List<CheckedRow<T>> rows, boolean last, Exception failure) {
    }

    /** Opens the file here, so that a file refused by its header fails the step at once, as before. */
    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        if (file == null) {
            finished = true;
            return;
        }
        file.open(context);
        handedOver = file.getCurrentItemCount();
        ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        finished = false;
        failure = null;
        reading = new Thread(this::readAhead, "read-ahead-" + file.getName());
        reading.setDaemon(true);
        reading.start();
    }

    /**
     * Reads and checks every row, a batch at a time, and hands over the last batch with the end of the file or the
     * failure that stopped it. Closing interrupts it: its next hand-over throws, and it ends.
     */
    private void readAhead() {
        List<CheckedRow<T>> rows = new ArrayList<>(BATCH);
        Exception stopped = null;
        try {
            try {
                for (SourceRow<F> row = file.read(); row != null; row = file.read()) {
                    rows.add(checker.process(row));
                    if (rows.size() == BATCH) {
                        ahead.put(new Batch<>(rows, false, null));
                        rows = new ArrayList<>(BATCH);
                    }
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                stopped = e;
            }
            ahead.put(new Batch<>(rows, true, stopped));
        } catch (InterruptedException e) {
            // closed: nobody is left to take what was read
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CheckedRow<T> read() throws Exception {
        while (!current.hasNext()) {
            if (failure != null) {
                Exception e = failure;
                failure = null;
                throw e;
            }
            if (finished) {
                return null;
            }
            Batch<T> batch = ahead.take();
            current = batch.rows().iterator();
            finished = batch.last();
            failure = batch.failure();
        }
        handedOver++;
        return current.next();
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        if (file != null) {
            file.savePosition(context, handedOver);
        }
    }

    /** Stops the reading thread, then closes the file (from this thread, once nothing else reads it). */
    @Override
    public void close() throws ItemStreamException {
        if (reading != null) {
            reading.interrupt();
            try {
                reading.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reading = null;
        }
        if (file != null) {
            file.close();
        }
    }
}

package org.ratingspipeline.job;

import org.ratingspipeline.source.CheckedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * One progress line per committed chunk, so an operator watching a long import sees it move; and, once a stop is
 * requested ({@link GracefulStop}), the step is marked to terminate, so it ends STOPPED at this chunk's boundary.
 */
class ImportProgress<T> implements ChunkListener<Object, CheckedRow<T>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private final String what;
    private final GracefulStop stop;
    private StepExecution step;
    private long rows;
    private long rejected;

    ImportProgress(String what, GracefulStop stop) {
        this.what = what;
        this.stop = stop;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        rows = 0;
        rejected = 0;
    }

    @Override
    public void afterChunk(Chunk<CheckedRow<T>> chunk) {
        for (CheckedRow<T> row : chunk) {
            rows++;
            if (row instanceof CheckedRow.Rejected<T>) {
                rejected++;
            }
        }
        log.info("import {}: {} rows checked in this attempt, {} rejected", what, rows, rejected);
        if (stop.stopping()) {
            step.setTerminateOnly();
        }
    }
}

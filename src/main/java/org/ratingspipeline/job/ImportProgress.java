package org.ratingspipeline.job;

import org.ratingspipeline.source.CheckedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** One progress line per committed chunk, so an operator watching a long import sees it move. */
class ImportProgress<T> implements ChunkListener<Object, CheckedRow<T>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private final String what;
    private long rows;
    private long rejected;

    ImportProgress(String what) {
        this.what = what;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
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
    }
}

package org.ratingspipeline.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (an operator's kill or Ctrl-C, systemd stop, a Kubernetes eviction)
 * into a clean stop: the running job stops at the next chunk boundary or before its next step, Spring Batch
 * marks its execution STOPPED, and the process then exits with 143, so the next run resumes it.
 * A signal handler rather than a shutdown hook: shutdown hooks run at once and in parallel, and
 * the database's own hook would close the store under the job before it could record the stop.
 *
 * <p>The signal only raises a flag; the job's own thread acts on it, here before each step and in
 * {@link ImportProgress} after each chunk, by marking its step to terminate, as {@code JobOperator.stop} would
 * mark it. {@code JobOperator.stop} itself, called from the signal's thread, saved the job's execution while the
 * job's thread was saving it too, and one of the two then failed on the row's version ("Attempt to update job
 * execution id=1 with wrong version", a run that exited 4 instead of 143).
 */
@Component
public class GracefulStop implements JobExecutionListener, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final Object monitor = new Object();
    private JobExecution running;
    private Thread mainThread;
    private volatile boolean stopping;

    /** Takes over SIGTERM and SIGINT for the command line (tests and embedding code keep the JVM's defaults). */
    public void install() {
        mainThread = Thread.currentThread();
        Signal.handle(new Signal("TERM"), s -> onSignal("SIGTERM"));
        Signal.handle(new Signal("INT"), s -> onSignal("SIGINT"));
    }

    /** Whether a stop was requested; a scheduled process stops looping, a stopped run exits 143. */
    public boolean stopping() {
        return stopping;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        synchronized (monitor) {
            running = jobExecution;
        }
    }

    /** A step that starts after the signal ends STOPPED before its first chunk, and the job with it. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (stopping) {
            stepExecution.setTerminateOnly();
        }
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        synchronized (monitor) {
            running = null;
        }
    }

    private void onSignal(String signal) {
        stopping = true;
        synchronized (monitor) {
            if (running != null) {
                log.warn("{}: run {} (job execution {}) will stop at the next chunk boundary; run the same command "
                        + "again to resume it", signal, running.getJobInstance().getInstanceId(), running.getId());
                return;
            }
        }
        log.warn("{}: no job is running; stopping", signal);
        if (mainThread != null) {
            mainThread.interrupt();
        }
    }
}

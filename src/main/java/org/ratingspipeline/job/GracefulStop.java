package org.ratingspipeline.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (an operator's kill or Ctrl-C, systemd stop, a Kubernetes eviction)
 * into a clean stop: the running job is asked to stop at the next chunk boundary, Spring Batch
 * marks its execution STOPPED, and the process then exits with 143, so the next run resumes it.
 * A signal handler rather than a shutdown hook: shutdown hooks run at once and in parallel, and
 * the database's own hook would close the store under the job before it could record the stop.
 */
@Component
public class GracefulStop implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobOperator operator;
    private final Object monitor = new Object();
    private JobExecution running;
    private Thread mainThread;
    private volatile boolean stopping;

    public GracefulStop(JobOperator operator) {
        this.operator = operator;
    }

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
            if (stopping) {
                stop(jobExecution);
            }
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
                stop(running);
                return;
            }
        }
        log.warn("{}: no job is running; stopping", signal);
        if (mainThread != null) {
            mainThread.interrupt();
        }
    }

    private void stop(JobExecution execution) {
        try {
            operator.stop(execution);
        } catch (Exception e) {
            log.warn("could not ask the job to stop: {}", e.getMessage());
        }
    }
}

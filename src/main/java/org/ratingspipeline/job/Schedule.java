package org.ratingspipeline.job;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * The built-in schedule: the process stays up and runs the job at each tick of a cron expression.
 * Runs never overlap: a tick that comes while a run is still going is skipped (and said so), and a
 * run in another process holds the store's lock, so this one skips rather than waits.
 */
class Schedule {

    private static final Logger log = LoggerFactory.getLogger(Schedule.class);

    private final CronExpression cron;
    private final RatingsRun run;
    private final GracefulStop gracefulStop;

    Schedule(CronExpression cron, RatingsRun run, GracefulStop gracefulStop) {
        this.cron = cron;
        this.run = run;
        this.gracefulStop = gracefulStop;
    }

    /** Runs until SIGTERM or SIGINT (a running job stops at a chunk boundary first, and resumes at the next tick). */
    void runForever(RunRequest template, boolean fixedAsOf) {
        LocalDateTime next = cron.next(LocalDateTime.now());
        if (next == null) {
            throw new IllegalArgumentException("it never fires");
        }
        log.info("schedule '{}': next run at {}", cron, next);
        while (!gracefulStop.stopping()) {
            if (!sleepUntil(next)) {
                return;
            }
            RunRequest request = fixedAsOf ? template
                    : template.asOf(LocalDate.now(), true);
            RunOutcome outcome = run.run(request);
            CommandLine.report(outcome);
            LocalDateTime after = cron.next(LocalDateTime.now());
            LocalDateTime skippedFrom = cron.next(next);
            if (skippedFrom != null && skippedFrom.isBefore(after)) {
                log.warn("schedule: the run outlasted the tick(s) from {}; skipped them, next run at {}", skippedFrom,
                        after);
            } else {
                log.info("schedule: next run at {}", after);
            }
            next = after;
        }
    }

    private boolean sleepUntil(LocalDateTime when) {
        long millis = Duration.between(LocalDateTime.now(), when).toMillis();
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

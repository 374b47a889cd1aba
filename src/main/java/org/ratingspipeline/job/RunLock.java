package org.ratingspipeline.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ratingspipeline.common.SqlScripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run at a time per store, across processes and machines: a row in {@code run_lock} that the
 * owner keeps fresh with a heartbeat. A lock whose owner died (its process is gone, or its
 * heartbeat stopped) is taken over, so a run killed with SIGKILL never blocks the next one.
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    private static final String LOCK_NAME = "ratingsReportJob";

    /** Who holds the lock, for the message the second run prints. */
    public record Holder(String host, long pid, LocalDateTime since) {
        String describe() {
            return "another run has been in progress since " + since.withNano(0) + " (process " + pid + " on " + host
                    + ")";
        }
    }

    /** A held lock; closing it releases the lock and stops the heartbeat. */
    public final class Lease implements AutoCloseable {
        private final String token;
        private final ScheduledExecutorService heartbeat;

        private Lease(String token) {
            this.token = token;
            this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "run-lock-heartbeat");
                t.setDaemon(true);
                return t;
            });
            long seconds = Math.max(1, heartbeatEvery.toSeconds());
            heartbeat.scheduleAtFixedRate(this::beat, seconds, seconds, TimeUnit.SECONDS);
        }

        private void beat() {
            try {
                jdbc.update(sql.get("run-lock-heartbeat"),
                        params(token).addValue("now", Timestamp.valueOf(LocalDateTime.now())));
            } catch (RuntimeException e) {
                log.warn("run lock heartbeat failed: {}", e.getMessage());
            }
        }

        @Override
        public void close() {
            heartbeat.shutdownNow();
            try {
                jdbc.update(sql.get("run-lock-delete"), params(token));
            } catch (RuntimeException e) {
                // The store may be gone (the run failed because of it): the next run sees this process has
                // ended and takes the lock over, and the run's own failure is what the operator must read.
                log.warn("could not release the run lock: {}", e.getMessage());
            }
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SqlScripts sql;
    private final Duration heartbeatEvery;
    private final Duration staleAfter;
    private final String host;

    public RunLock(NamedParameterJdbcTemplate jdbc, SqlScripts sql,
                   @Value("${ratings.lock.heartbeat:10s}") Duration heartbeatEvery,
                   @Value("${ratings.lock.stale-after:2m}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.heartbeatEvery = heartbeatEvery;
        this.staleAfter = staleAfter;
        this.host = hostName();
    }

    /** The lease, or the holder that keeps this run from starting. */
    public sealed interface Attempt permits Acquired, Busy {
    }

    public record Acquired(Lease lease) implements Attempt {
    }

    public record Busy(Holder holder) implements Attempt {
    }

    public Attempt acquire() {
        for (int attempt = 0; attempt < 2; attempt++) {
            String token = UUID.randomUUID().toString();
            try {
                jdbc.update(sql.get("run-lock-insert"), params(token).addValue("host", host)
                        .addValue("pid", ProcessHandle.current().pid()).addValue("now",
                        Timestamp.valueOf(LocalDateTime.now())));
                return new Acquired(new Lease(token));
            } catch (DuplicateKeyException held) {
                Optional<Map<String, Object>> row = jdbc.queryForList(sql.get("run-lock-select"),
                        params(null)).stream().findFirst();
                if (row.isEmpty()) {
                    continue; // released between our insert and our look: try again
                }
                Holder holder = new Holder((String) row.get().get("host"), ((Number) row.get().get("pid")).longValue(),
                        ((Timestamp) row.get().get("started_at")).toLocalDateTime());
                LocalDateTime heartbeat = ((Timestamp) row.get().get("heartbeat_at")).toLocalDateTime();
                if (!dead(holder, heartbeat)) {
                    return new Busy(holder);
                }
                log.warn("taking over the run lock of process {} on {} (since {}): that process is gone", holder.pid(),
                        holder.host(), holder.since());
                jdbc.update(sql.get("run-lock-delete"), params((String) row.get().get("owner_token")));
            }
        }
        throw new IllegalStateException("could not take the run lock");
    }

    private boolean dead(Holder holder, LocalDateTime heartbeat) {
        if (heartbeat.isBefore(LocalDateTime.now().minus(staleAfter))) {
            return true;
        }
        return holder.host().equals(host) && ProcessHandle.of(holder.pid()).map(p -> !p.isAlive()).orElse(true);
    }

    private MapSqlParameterSource params(String token) {
        return new MapSqlParameterSource("lockName", LOCK_NAME).addValue("token", token);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}

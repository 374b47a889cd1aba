package org.ratingspipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Looks at the H2 store file before the database is first opened. A damaged file (emptied,
 * truncated) would be started afresh by H2 or refuse to open; instead it is renamed aside with a
 * timestamp, so whatever it still holds can be recovered, the operator is told on stderr, and the
 * run goes on with a new, empty store, whose first report says so on its cover.
 */
@Component
public class DamagedStoreGuard implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DamagedStoreGuard.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What was found and done, in one sentence; set at most once, when the store is first opened. */
    public record SetAside(Path damaged, Path keptAs, String why) {

        public String describe() {
            return "The store " + damaged + " was damaged (" + why + "): it was kept as " + keptAs
                    + " and a new, empty store was started, so the run history starts again and the changes table has "
                    + "no earlier report to compare with.";
        }
    }

    private Environment environment;
    private boolean checked;
    private SetAside setAside;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && !checked) {
            checked = true;
            StoreFile.ofUrl(environment.getProperty("spring.datasource.url")).ifPresent(this::check);
        }
        return bean;
    }

    /** What happened to a damaged store at start-up, if anything. */
    public Optional<SetAside> setAside() {
        return Optional.ofNullable(setAside);
    }

    private void check(StoreFile store) {
        try {
            Optional<String> damage = store.damage();
            if (damage.isEmpty()) {
                return;
            }
            Path damaged = store.path();
            String stamp = LocalDateTime.now().format(STAMP);
            Path keptAs = damaged.resolveSibling(damaged.getFileName() + ".damaged-" + stamp);
            Files.move(damaged, keptAs);
            setAside = new SetAside(damaged, keptAs, damage.get());
            // Loud on purpose: the next report compares with nothing, and only the operator can recover the old file.
            System.err.println("ratings-pipeline: WARNING: " + setAside.describe());
            log.warn("{}", setAside.describe());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check or set aside the store " + store.path() + ": "
                    + e.getMessage(), e);
        }
    }
}

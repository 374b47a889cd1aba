package org.ratingspipeline.report.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.tidy.TidyCsvWriter;
import org.ratingspipeline.report.tidy.TidyDataChecker;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyDatasets;
import org.ratingspipeline.report.tidy.TidyNames;
import org.ratingspipeline.report.tidy.TidyTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The tidy CSV files of a report, one pair (data and {@code .meta.csv}) per {@link TidyDataset}.
 * They are written to temporary files in the reports folder and checked against the EES rules;
 * the publisher then archives them and moves them into place with the workbook, so a failed run
 * leaves the last good files exactly as they were.
 */
@Component
public class TidyDataFiles {

    private static final Logger log = LoggerFactory.getLogger(TidyDataFiles.class);

    private final List<TidyDataset> datasets;
    private final TidyCsvWriter writer = new TidyCsvWriter();
    private final TidyDataChecker checker = new TidyDataChecker();

    /** @param datasets every dataset, in the order they are written */
    public TidyDataFiles(TidyDatasets datasets) {
        this.datasets = datasets.inOrder();
        Set<String> names = new HashSet<>();
        for (TidyDataset d : this.datasets) {
            if (!TidyNames.isName(d.name()) || !names.add(d.name())) {
                throw new IllegalStateException("tidy dataset name '" + d.name() + "' is not a unique lower-case "
                        + "snake_case name");
            }
        }
    }

    /** The datasets the run has figures for, in their order. */
    public List<TidyDataset> publishedFor(ReportRun run) {
        return datasets.stream().filter(d -> d.publishedFor(run)).toList();
    }

    /** Whether every data file of the run and its metadata are in the folder. */
    public boolean allPublishedIn(Path reports, ReportRun run) {
        return publishedFor(run).stream().allMatch(d -> Files.exists(reports.resolve(d.dataFileName()))
                && Files.exists(reports.resolve(d.metaFileName())));
    }

    /** Writes every file to a temporary file in {@code reports} and checks it; nothing is replaced yet. */
    public Staged stage(ReportRun run, Path reports) throws IOException {
        Staged staged = new Staged();
        try {
            for (TidyDataset d : datasets) {
                if (!d.publishedFor(run)) {
                    staged.withdraw(d);
                    continue;
                }
                Path data = staged.temporary(reports, d.dataFileName());
                Path meta = staged.temporary(reports, d.metaFileName());
                TidyTable table = d.table(run);
                writer.write(table, data, meta);
                List<String> problems = checker.check(data, meta);
                if (!problems.isEmpty()) {
                    problems.forEach(p -> log.error("tidy data check: {}", p));
                    throw new IllegalStateException(d.dataFileName() + " breaks " + problems.size()
                            + " rule(s) of the EES open data standards, first " + problems.get(0) + "; it was not "
                            + "published");
                }
                log.info("{}: {} rows written and checked", d.dataFileName(), table.rows().size());
            }
            return staged;
        } catch (IOException | RuntimeException e) {
            staged.discard();
            throw e;
        }
    }

    /** Written and checked files waiting to replace the published ones. */
    public final class Staged {

        /** Temporary file to the name it is published under. */
        private final Map<Path, String> files = new LinkedHashMap<>();
        /** Published files of datasets this run has no figures for. */
        private final List<String> withdrawn = new ArrayList<>();

        private Staged() {
        }

        private Path temporary(Path reports, String fileName) throws IOException {
            Path tmp = Files.createTempFile(reports, "." + fileName.replace(".csv", "") + "-", ".csv.part");
            ReportPublisher.readableByAll(tmp);
            files.put(tmp, fileName);
            return tmp;
        }

        /**
         * A file left from an earlier run would sit beside a workbook that no longer has its figures
         * (a run without a spend file after one with), from other inputs: it goes when the new files arrive.
         */
        private void withdraw(TidyDataset d) {
            withdrawn.add(d.dataFileName());
            withdrawn.add(d.metaFileName());
        }

        /**
         * Adds each file to the publication, with its dated archive copy, named like the workbook's:
         * {@code <name>-<as-of>-run<id>.csv} and {@code .meta.csv}.
         */
        void addTo(Publication publication, Path reports, Path archive, ReportRun run) throws IOException {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                publication.copy(f.getKey(), archive.resolve(archivedName(f.getValue(), run)));
                publication.replace(f.getKey(), reports.resolve(f.getValue()));
            }
            for (String name : withdrawn) {
                publication.withdraw(reports.resolve(name));
            }
        }

        /** Removes whatever was not moved into place (all of it after a failure, nothing after success). */
        public void discard() {
            for (Path tmp : files.keySet()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    log.warn("could not remove the temporary file {}", tmp, e);
                }
            }
        }
    }

    static String archivedName(String fileName, ReportRun run) {
        String suffix = fileName.endsWith(".meta.csv") ? ".meta.csv" : ".csv";
        String base = fileName.substring(0, fileName.length() - suffix.length());
        return base + "-" + run.asOf() + "-run" + run.runId() + suffix;
    }

    /** Keeps the newest {@code keep} dated copies of each file, as the archive does for the workbook. */
    public void prune(Path archive, int keep) throws IOException {
        for (TidyDataset d : datasets) {
            String prefix = d.name() + "-";
            ReportPublisher.prune(archive, name -> name.startsWith(prefix) && name.endsWith(".meta.csv"), keep);
            ReportPublisher.prune(archive,
                    name -> name.startsWith(prefix) && name.endsWith(".csv") && !name.endsWith(".meta.csv"), keep);
        }
    }
}

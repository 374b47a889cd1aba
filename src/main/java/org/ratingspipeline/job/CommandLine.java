package org.ratingspipeline.job;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.inspection.JudgementKey;
import org.ratingspipeline.profile.ProfileAuthorities;
import org.ratingspipeline.source.SourceList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/** The command line: options, defaults, exit codes. */
@Component
public class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    /** The report was written, or was already up to date. */
    public static final int EXIT_OK = 0;
    /** An input file is missing or cannot be what it should be; the message names the file and the problem. */
    public static final int EXIT_INPUT = 1;
    /** The command line itself is wrong. */
    public static final int EXIT_USAGE = 2;
    /** Another run holds the store. */
    public static final int EXIT_BUSY = 3;
    /** The run failed for another reason (database, disk, a bug); the log has the details. */
    public static final int EXIT_FAILED = 4;
    /** Stopped by SIGTERM or SIGINT at a chunk boundary (128 + 15, as for any process ended by SIGTERM). */
    public static final int EXIT_STOPPED = 143;

    private static final Logger log = LoggerFactory.getLogger(CommandLine.class);
    private static final Set<String> OPTIONS = Set.of("inspections", "spend", "visits", "as-of", "published-by",
            "reports",
            "force", "schedule", "help", "profile");
    private static final List<String> PASS_THROUGH = List.of("spring.", "ratings.", "logging.", "debug", "trace");

    private final RatingsRun run;
    private final RatingsProperties properties;
    private final GracefulStop gracefulStop;
    private final ProfileAuthorities profiles;
    private final boolean runOnStartup;
    private int exitCode = EXIT_OK;

    // Read when the application runs, not as a bean condition: the launcher's ahead-of-time
    // compiled context fixes conditions at build time, and the option must work there too.
    public CommandLine(RatingsRun run, RatingsProperties properties, GracefulStop gracefulStop,
            ProfileAuthorities profiles,
                       @Value("${ratings.run-on-startup:true}") boolean runOnStartup) {
        this.run = run;
        this.profiles = profiles;
        this.properties = properties;
        this.gracefulStop = gracefulStop;
        this.runOnStartup = runOnStartup;
    }

    public static String usage() {
        return """
                Usage: bin/ratings-pipeline [options]   (or: java -jar target/ratings-pipeline.jar [options])

                Reads Ofsted judgements of local authority children's services, counts them as at a reporting date,
                and writes reports/ratings-report.xlsx (with a dated copy in reports/archive/).

                Options (every one has a default):
                  --inspections=FILES inspection results CSV files, comma-separated, or a folder of them (read in
                                      name order); a judgement several files carry counts once, from the
                                      first                              (default: input/inspections)
                  --spend=FILE        children's social care spend CSV  (default: input/spend.csv, if it exists;
                                      without one the report has no spend tables)
                  --visits=FILE       Ofsted's monitoring and focused visits CSV (default:
                                      input/visits/ofsted-la-visits-2021-to-2025.csv, if it exists;
                                      without one the report has no visits tables)
                  --as-of=DATE        reporting date, e.g. 2025-03-31: inspections carried out on or before it
                                                                        (default: today)
                  --published-by=DATE count only reports published on or before it (default: the reporting
                                      date; Ofsted's "as at 31 March" figures use 30 June)
                  --reports=DIR       where the report is written       (default: reports)
                  --profile=AUTHORITY add a profile of the authority (its name, its three-digit DfE code or its ONS
                                      code): every inspection of it in the store, its spend per child and
                                      overspend against its statistical neighbours, region and England, with
                                      charts; repeat the option or separate names with commas for several
                  --force             run even when the same inputs and date were already reported
                  --schedule=CRON     keep running and run on this schedule (Spring cron: second minute hour
                                      day month weekday, e.g. "0 0 2 * * *" for 02:00 every day); each run
                                      reports as at its own day unless --as-of is given
                  --help              print this text

                Spring settings may follow, e.g. --spring.datasource.url=jdbc:postgresql://host/db (see README.md).

                Exit codes: 0 report written or already up to date; 1 an input file is unusable (the message says why);
                2 wrong command line; 3 another run is in progress; 4 the run failed for another reason (see the log);
                143 stopped by SIGTERM at a chunk boundary (run the same command again to resume).
                A run that does not exit 0 leaves the last good report unchanged.""";
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!runOnStartup) {
            return;
        }
        RunRequest request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ratings-pipeline: " + e.getMessage() + " (see --help)");
            exitCode = EXIT_USAGE;
            return;
        }
        gracefulStop.install();
        String schedule = single(args, "schedule");
        if (schedule != null) {
            try {
                new Schedule(CronExpression.parse(schedule), run, gracefulStop).runForever(request,
                        args.containsOption("as-of"));
            } catch (IllegalArgumentException e) {
                System.err.println("ratings-pipeline: --schedule '" + schedule + "' is not a cron expression: "
                        + e.getMessage());
                exitCode = EXIT_USAGE;
            }
            return;
        }
        RunOutcome outcome = run.run(request);
        exitCode = outcome.exitCode();
        report(outcome);
    }

    static void report(RunOutcome outcome) {
        if (outcome.succeeded()) {
            System.out.println("ratings-pipeline: " + outcome.message());
        } else {
            System.err.println("ratings-pipeline: " + outcome.message());
        }
    }

    RunRequest parse(ApplicationArguments args) {
        for (String name : args.getOptionNames()) {
            if (!OPTIONS.contains(name) && PASS_THROUGH.stream().noneMatch(name::startsWith)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        if (!args.getNonOptionArgs().isEmpty()) {
            throw new IllegalArgumentException("unexpected argument " + args.getNonOptionArgs().get(0));
        }
        LocalDate asOf = date(args, "as-of", LocalDate.now());
        LocalDate publishedBy = date(args, "published-by", asOf);
        if (publishedBy.isBefore(asOf)) {
            throw new IllegalArgumentException("--published-by (" + publishedBy + ") cannot be before --as-of (" + asOf
                    + "): a report is published after its inspection");
        }
        String inspections = single(args, "inspections");
        String reports = single(args, "reports");
        List<String> profiled = args.getOptionValues("profile");
        List<String> profileCodes = List.of();
        if (profiled != null) {
            if (profiled.isEmpty() || profiled.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("--profile needs the name or code of a local authority");
            }
            profileCodes = profiles.resolve(profiled, asOf);
        }
        List<Path> inspectionFiles = SourceList.expand(inspections == null ? properties.inspections() : inspections);
        if (inspectionFiles.size() > JudgementKey.MAX_FILES) {
            throw new IllegalArgumentException("--inspections names " + inspectionFiles.size() + " files; a run reads "
                    + "at most " + JudgementKey.MAX_FILES);
        }
        return new RunRequest(inspectionFiles, asOf, publishedBy,
                reportsFolder(reports == null ? properties.reports() : Path.of(reports)),
                args.containsOption("force"), spend(single(args, "spend")), visits(single(args, "visits")),
                        profileCodes);
    }

    private static LocalDate date(ApplicationArguments args, String option, LocalDate fallback) {
        String text = single(args, option);
        if (text == null) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + option + " must be a date written like 2025-03-31, not '" + text
                    + "'");
        }
        // Dates are written with four-digit years everywhere the report shows them.
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            throw new IllegalArgumentException("--" + option + " must be a date with a four-digit year, not '" + text
                    + "'");
        }
        return date;
    }

    /**
     * The reports folder, or the folder it will be made in, must be a folder: a file (or /dev/null)
     * there is a wrong command line, found before the run does any work, not a disk failure at the end.
     */
    static Path reportsFolder(Path reports) {
        for (Path p = reports.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return reports;
            }
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException("--reports " + reports + (p.equals(reports.toAbsolutePath()) ? ""
                        : ": " + p) + " is a file, not a folder");
            }
        }
        return reports;
    }

    /**
     * The spend file: the one named, which must then exist; else the default if it exists, because
     * a run without spend is still a good report of the judgements.
     */
    private Path spend(String option) {
        if (option != null) {
            return Path.of(option);
        }
        Path fallback = properties.spend();
        if (fallback == null || !Files.exists(fallback)) {
            log.info("no spend file ({} not found): the report will have no spend tables", fallback);
            return null;
        }
        return fallback;
    }

    /** The visits file: the one named, which must then exist; else the default if it exists, as for spend. */
    private Path visits(String option) {
        if (option != null) {
            return Path.of(option);
        }
        Path fallback = properties.visits();
        if (fallback == null || !Files.exists(fallback)) {
            log.info("no visits file ({} not found): the report will have no visits tables", fallback);
            return null;
        }
        return fallback;
    }

    private static String single(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("--" + name + " is given more than once");
        }
        if (values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + name + " needs a value");
        }
        return values.get(0);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The innermost message of an exception chain: usually the one that says what actually went wrong. */
    public static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

package org.ratingspipeline.job;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.source.SourceFile;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters, encoded and decoded here only. A run is identified by its reporting date,
 * its publication cut-off and the checksum of each input file in its place, so the same inputs
 * make the same job instance (and a failed one is restarted), and a changed file, or the same
 * files in another order, makes a new one.
 */
public final class RunParameters {

    public static final String AS_OF = "asOf";
    /** Reports published after this date are not counted (Ofsted's as-at figures use 30 June for 31 March). */
    public static final String PUBLISHED_BY = "publishedBy";
    public static final String INSPECTIONS = "inspections";
    /**
     * The spend file's parameters are there only when the run has one; its checksum identifies the run like the
     * inspections'.
     */
    public static final String SPEND = "spend";
    /** The visits file's parameters are there only when the run has one; its checksum identifies the run too. */
    public static final String VISITS = "visits";
    public static final String REPORTS = "reports";
    /**
     * The authorities profiled ({@code --profile}): their old LA codes, comma-separated, in the order asked.
     * Identifying,
     * so a run with other profiles is another run; there only when the run has profiles, so runs without any keep the
     * identity they always had.
     */
    public static final String PROFILES = "profiles";
    /** Identifying only when --force asks for a new instance over identical inputs. */
    public static final String FORCED_AT = "forcedAt";

    private RunParameters() {
    }

    /**
     * A run's parameters, the one place they are written: the reporting date and cut-off, where the report goes, each
     * input file (spend and visits only when the run has them) and the profiles.
     */
    static JobParametersBuilder encode(AsAt asAt, Path reports, List<SourceFile> inspections, List<SourceFile> spend,
            List<SourceFile> visits, List<String> profiles) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLocalDate(AS_OF, asAt.inspectedBy(), true)
                .addLocalDate(PUBLISHED_BY, asAt.publishedBy(), true)
                .addString(REPORTS, reports.toAbsolutePath().normalize().toString(), false);
        addFiles(parameters, INSPECTIONS, inspections);
        if (!spend.isEmpty()) {
            addFiles(parameters, SPEND, spend);
        }
        if (!visits.isEmpty()) {
            addFiles(parameters, VISITS, visits);
        }
        addProfiles(parameters, profiles);
        return parameters;
    }

    /**
     * One field ({@code path}, {@code sha256}) of each file of a kind, in the run's order, from the parameters as the
     * job repository stores them (name to value as text): how the run history reads an earlier run's inputs.
     */
    static List<String> storedFileFields(Map<String, String> stored, String kind, String field) {
        String count = stored.get(kind + ".count");
        List<String> values = new ArrayList<>();
        for (int i = 1; count != null && i <= Integer.parseInt(count); i++) {
            values.add(stored.get(kind + "." + i + "." + field));
        }
        return values;
    }

    /**
     * Adds the files of one kind: {@code inspections.count}, then {@code inspections.1.sha256} (identifying), path and
     * so on.
     */
    private static void addFiles(JobParametersBuilder parameters, String kind, List<SourceFile> files) {
        parameters.addLong(kind + ".count", (long) files.size(), false);
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            String p = kind + "." + (i + 1) + ".";
            parameters.addString(p + "sha256", f.sha256(), true)
                    .addString(p + "path", f.path().toAbsolutePath().normalize().toString(), false)
                    .addString(p + "charset", f.charset().name(), false)
                    .addString(p + "bom", Boolean.toString(f.byteOrderMark()), false)
                    .addLong(p + "bytes", f.bytes(), false);
        }
    }

    /** The files of one kind as the run recorded them before the start; empty when the run has none of that kind. */
    public static List<SourceFile> files(JobParameters parameters, String kind) {
        Long count = parameters.getLong(kind + ".count");
        List<SourceFile> files = new ArrayList<>();
        for (int i = 1; count != null && i <= count; i++) {
            files.add(file(parameters, kind, i));
        }
        return files;
    }

    /** The run's rule for the judgements it counts: its reporting date and publication cut-off. */
    public static AsAt asAt(JobParameters parameters) {
        return new AsAt(parameters.getLocalDate(AS_OF), parameters.getLocalDate(PUBLISHED_BY));
    }

    /** The old LA codes of the authorities the run profiles; empty when it has none. */
    public static List<String> profiles(JobParameters parameters) {
        String codes = parameters.getString(PROFILES);
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    }

    /** Adds the profiles parameter, when there are profiles. */
    private static void addProfiles(JobParametersBuilder parameters, List<String> oldCodes) {
        if (!oldCodes.isEmpty()) {
            parameters.addString(PROFILES, String.join(",", oldCodes), true);
        }
    }

    /** The {@code order}-th file (from 1) of one kind. */
    public static SourceFile file(JobParameters p, String kind, int order) {
        String k = kind + "." + order + ".";
        return new SourceFile(Path.of(p.getString(k + "path")), p.getString(k + "sha256"), p.getLong(k + "bytes"),
                Charset.forName(p.getString(k + "charset")), Boolean.parseBoolean(p.getString(k + "bom")));
    }
}

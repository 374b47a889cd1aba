package org.ratingspipeline.source;

import java.util.List;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.RunInputs;
import org.springframework.stereotype.Component;

/** The cover's "Inputs of this run" lines for the files a run read: name, size, checksum and row counts. */
@Component
public class SourceLoadLines implements RunInputs {

    private final SourceLoads loads;

    public SourceLoadLines(SourceLoads loads) {
        this.loads = loads;
    }

    @Override
    public List<Cover.Line> lines(long runId) {
        return loads.forRun(runId).stream().map(s -> Cover.Line.of(describe(s))).toList();
    }

    private static String describe(SourceLoad s) {
        SourceKind kind = SourceKind.of(s.kind()).orElse(null);
        String what = kind == null ? s.kind() : kind.description();
        String taken = s.rowsFromOtherSource() == 0 ? "" : ", " + String.format("%,d", s.rowsFromOtherSource())
                + " taken from an earlier file (the same inspection, counted once)";
        return what + (kind != null && kind.numbered() ? ", file " + s.order() : "") + ": " + s.fileName() + " ("
                + String.format("%,d", s.bytes()) + " bytes, " + s.charset() + ", SHA-256 " + s.sha256() + "): "
                + String.format("%,d", s.rowsRead()) + " rows read, " + String.format("%,d", s.rowsLoaded())
                + " loaded, " + String.format("%,d", s.rowsRejected()) + " rejected" + taken + ", "
                + String.format("%,d", s.rowsWithWarnings()) + " loaded with a warning.";
    }
}

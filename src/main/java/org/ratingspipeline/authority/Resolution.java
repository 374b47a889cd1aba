package org.ratingspipeline.authority;

import java.util.List;
import org.ratingspipeline.source.Problem;

/** The outcome of matching a row's identifiers to the register. */
public sealed interface Resolution {

    /** Matched; the warnings say which identifiers disagreed and which one lost. */
    record Resolved(LocalAuthority authority, List<Problem> warnings) implements Resolution {
    }

    record Unresolved(List<Problem> problems) implements Resolution {
    }
}

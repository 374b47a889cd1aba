package org.ratingspipeline.source;

import java.util.List;

/** A row after validation: either a value to load (perhaps with warnings) or a rejection with reasons. */
public sealed interface CheckedRow<T> {

    long line();

    record Accepted<T>(long line, T value, List<Problem> warnings) implements CheckedRow<T> {
        public Accepted {
            warnings = List.copyOf(warnings);
        }
    }

    record Rejected<T>(long line, List<Problem> problems) implements CheckedRow<T> {
        public Rejected {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected row needs a reason");
            }
            problems = List.copyOf(problems);
        }
    }
}

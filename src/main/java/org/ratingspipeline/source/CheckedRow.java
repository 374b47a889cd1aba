package org.ratingspipeline.source;

import java.util.List;

/**
 * A row after validation: a value to load (perhaps with warnings), a value held until another
 * source confirms it, or a rejection with reasons.
 */
public sealed interface CheckedRow<T> {

    long line();

    /** A row whose value is stored: accepted, or held. */
    sealed interface Stored<T> extends CheckedRow<T> {
        T value();
    }

    record Accepted<T>(long line, T value, List<Problem> warnings) implements Stored<T> {
        public Accepted {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A row that identifies its subject but whose values could not all be read (a grade the scrape
     * wrote as {@code NaN}): stored so that reconciliation can count the same record from another
     * source, and rejected with {@code problems} if none carries it.
     */
    record Held<T>(long line, T value, List<Problem> problems) implements Stored<T> {
        public Held {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a held row needs a reason");
            }
            problems = List.copyOf(problems);
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

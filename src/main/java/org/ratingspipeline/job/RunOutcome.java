package org.ratingspipeline.job;

/** How a run ended: the process exit code and the one line that says why. */
public record RunOutcome(int exitCode, String message) {

    public boolean succeeded() {
        return exitCode == CommandLine.EXIT_OK;
    }
}

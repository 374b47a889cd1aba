/** The Spring Batch job and its steps, the command line, run identity, the run lock, restarts and exit codes. */
package org.ratingspipeline.job;

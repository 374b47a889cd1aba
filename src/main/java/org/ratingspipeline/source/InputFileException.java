package org.ratingspipeline.source;

/**
 * A file that cannot be read as the input it is meant to be. The message is the one line a
 * researcher sees on stderr, so it names the file and the problem in plain words.
 */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.ratingspipeline.source;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the records of a CSV file (RFC 4180 quoting, UTF-8 with or without BOM, or Windows-1252)
 * as {@link SourceRow}s. The position is kept in the step's execution context by the superclass,
 * so a restarted step carries on after the last committed chunk instead of from the top.
 */
public class CsvSourceReader<F extends Enum<F> & SourceField> extends
        AbstractItemCountingItemStreamItemReader<SourceRow<F>> {

    private static final Logger log = LoggerFactory.getLogger(CsvSourceReader.class);
    /** AbstractItemCountingItemStreamItemReader's key for the rows returned (its own constant is private). */
    private static final String READ_COUNT = "read.count";

    private final SourceFile file;
    private final String description;
    private final Class<F> fields;
    private final Consumer<HeaderMap<F>> headerCheck;
    private CSVReader csv;
    private HeaderMap<F> header;
    private long rowsRead;

    /**
     * @param description what the file is meant to be, for messages ("inspection results")
     * @param headerCheck throws {@link InputFileException} when the header cannot be this kind of file
     */
    public CsvSourceReader(SourceFile file, String description, Class<F> fields, Consumer<HeaderMap<F>> headerCheck) {
        this.file = file;
        this.description = description;
        this.fields = fields;
        this.headerCheck = headerCheck;
        setName(readerName(description));
    }

    /**
     * The reader's name, under which its position is saved; fixed, so a restart finds it whatever the bean is called.
     */
    public static String readerName(String description) {
        return description.replace(' ', '-') + "-reader";
    }

    /** The execution-context key holding how many data rows the reader has returned, across restarts. */
    public static String rowsReadKey(String description) {
        return readerName(description) + ".rows";
    }

    @Override
    public void setBeanName(String name) {
        // keep the name given in the constructor: the saved position is found under it
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(rowsReadKey(description))) {
            SourceFile now = SourceFile.inspect(file.path(), description);
            if (!now.sha256().equals(file.sha256())) {
                throw new InputFileException("The " + description + " file " + file.path() + " has changed since this "
                        + "run started, so it cannot be resumed; run the command again to start a new run on the new "
                        + "file.");
            }
        }
        super.open(context);
        rowsRead = context.getLong(rowsReadKey(description), 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putLong(rowsReadKey(description), rowsRead);
    }

    /**
     * Saves the position after {@code rowsReturned} data rows, as {@link #update} would had this reader returned
     * just those: {@link CheckedRowReader} reads ahead of the rows it has handed over, and a restart must carry on
     * after the last row committed, not the last row read. The count is kept under the superclass's key
     * ({@code read.count}, from which it skips that many rows on a restart) and under {@link #rowsReadKey}.
     */
    void savePosition(ExecutionContext context, long rowsReturned) {
        context.putInt(getExecutionContextKey(READ_COUNT), Math.toIntExact(rowsReturned));
        context.putLong(rowsReadKey(description), rowsReturned);
    }

    @Override
    protected void doOpen() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file.path()), file.charset()),
                1 << 16);
        if (file.byteOrderMark()) {
            in.skip(1);
        }
        csv = new CSVReaderBuilder(in)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(false)
                .build();
        String[] headerRow = readRecord();
        while (headerRow != null && isBlank(headerRow)) {
            headerRow = readRecord();
        }
        if (headerRow == null) {
            throw new InputFileException("The " + description + " file " + file.path() + " has no header row.");
        }
        header = HeaderMap.match(headerRow, fields);
        refuseDuplicatedColumns();
        headerCheck.accept(header);
        if (!header.unknownColumns().isEmpty()) {
            log.info("{}: ignoring columns the contract does not use: {}", file.fileName(), header.unknownColumns());
        }
    }

    /**
     * Two columns for one field (the same name twice, or two of its aliases) leave no way to know
     * which one the figures should come from, and taking either silently publishes a guess: the
     * file is refused before any of its rows is loaded.
     */
    private void refuseDuplicatedColumns() {
        List<HeaderMap.Duplicate> duplicates = header.duplicates();
        if (duplicates.isEmpty()) {
            return;
        }
        HeaderMap.Duplicate first = duplicates.get(0);
        throw new InputFileException("The " + description + " file " + file.path() + " has " + first.describe()
                + (duplicates.size() > 1 ? " (and " + (duplicates.size() - 1) + " more field(s) given twice)" : "")
                + ": which one holds the figures cannot be known, so the file was not loaded; remove one of them.");
    }

    @Override
    protected SourceRow<F> doRead() throws Exception {
        while (true) {
            long startLine = csv.getLinesRead() + 1;
            String[] values = readRecord();
            if (values == null) {
                if (rowsRead == 0) {
                    // A header with nothing under it is an upstream failure, not news that there is nothing to report.
                    throw new InputFileException("The " + description + " file " + file.path() + " has a header but "
                            + "no data rows.");
                }
                return null;
            }
            if (!isBlank(values)) {
                rowsRead++;
                return new SourceRow<>(startLine, values, header);
            }
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (csv != null) {
            csv.close();
            csv = null;
        }
    }

    private String[] readRecord() throws IOException {
        // The line the record starts on: an unclosed quote swallows every line after it, so the end
        // of the file, where opencsv notices, says nothing about where the researcher should look.
        long startLine = csv.getLinesRead() + 1;
        try {
            return csv.readNext();
        } catch (CsvException e) {
            throw new InputFileException("The " + description + " file " + file.path() + " is not valid CSV near line "
                    + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            // opencsv reports a quote still open at the end of the file as an IOException.
            throw new InputFileException("The " + description + " file " + file.path() + " is not valid CSV: line "
                    + startLine + ": a quoted field is never closed" + (startLine == 1 ? " (in the header)" : "")
                    + "; everything after that quote was read as one field.", e);
        }
    }

    private static boolean isBlank(String[] values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}

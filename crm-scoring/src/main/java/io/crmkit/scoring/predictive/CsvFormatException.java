package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.nio.file.Path;

/**
 * A file that cannot be read as a dataset at all (empty, binary, no header, no usable rows, no such target column),
 * naming the file and the line where that became clear. Rows that are merely bad are not thrown but reported in
 * {@link CsvDataset#problems()}.
 */
public final class CsvFormatException extends IllegalArgumentException {

    private final transient Path file;
    private final long line;

    public CsvFormatException(Path file, long line, String reason) {
        super(file + " line " + line + ": " + reason);
        this.file = Checks.nonNull(file, "file");
        this.line = line;
    }

    /** The file that was read. */
    public Path file() {
        return file;
    }

    /** The 1-based line where the file stopped making sense. */
    public long line() {
        return line;
    }
}

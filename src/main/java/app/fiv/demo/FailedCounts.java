package app.fiv.demo;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The job summary's {@code totalFailedFiles} and {@code totalFailedFolders}. */
record FailedCounts(long files, long folders) {

    /** Counts by running the body once, so the summary can never disagree with the items served. */
    static FailedCounts of(FailedItemsBody body) {
        FailedItemsCounter counter = new FailedItemsCounter();
        try {
            body.writeTo(counter);
        } catch (IOException e) {
            throw new UncheckedIOException("demo data set could not be counted", e);
        }
        return counter.counts();
    }
}

package app.fiv.joblist;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.JobSummary;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "A job with failures", exactly as issue 14 defines it. */
class JobFailuresTest {
    private static JobSummary job(String status, long failedFiles, long failedFolders) {
        return new JobSummary(1, status, "Backup", "Backup", "", "", 100, Optional.empty(), Optional.empty(), 10,
                failedFiles, failedFolders, "c", "", "", "");
    }

    @ParameterizedTest(name = "{0} with {1} files, {2} folders failed: {3}")
    @CsvSource(delimiter = '|', value = {
            "Failed                              | 0 | 0 | true",
            "Failed to Start                     | 0 | 0 | true",
            "Killed                              | 0 | 0 | true",
            "Completed w/ one or more errors     | 0 | 0 | true",
            "Completed                           | 3 | 0 | true",
            "Completed                           | 0 | 1 | true",
            "Completed                           | 0 | 0 | false",
            "Completed w/ one or more warnings   | 0 | 0 | false",
            "Completed w/ one or more warnings   | 2 | 0 | true",
            "Committed                           | 0 | 0 | false",
            "Interrupted                         | 0 | 0 | false",
            "Suspended                           | 0 | 0 | false",
            "failed to start                     | 0 | 0 | true",
            "' Killed '                          | 0 | 0 | true",
            "Completed                           | -4 | 0 | false",
            "''                                  | 0 | 0 | false",
            "Failed to Start.                    | 0 | 0 | false"})
    void statusOrFailedFilesAndFolders(String status, long files, long folders, boolean hasFailures) {
        assertThat(JobFailures.hasFailures(job(status, files, folders))).isEqualTo(hasFailures);
    }
}

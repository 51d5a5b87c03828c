package app.fiv.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.JobSummary;
import app.fiv.compare.ComparisonCounts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountsLineTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static JobSummary job(long id, Optional<Instant> start) {
        return new JobSummary(id, "Completed w/ one or more errors", "Backup", "", "", "Incremental", 100, start,
                Optional.empty(), 0, 0, 0, "fs-win01", "Users", "defaultBackupSet", "Windows File System");
    }

    @Test
    void theLineSaysTheCountsAndTheEarlierJobWithItsStart() {
        JobSummary earlier = job(45912, Optional.of(Instant.parse("2026-11-30T22:04:31Z")));
        assertThat(CountsLine.of(new ComparisonCounts(2, 5, 1, 0), earlier, UTC, -1))
                .isEqualTo("2 new · 5 still failing · 1 fixed since job 45912, 2026-11-30 22:04");
    }

    @Test
    void changedReasonsThousandsAndNewNotKnownAreSaid() {
        JobSummary earlier = job(45912, Optional.of(Instant.parse("2026-11-30T22:04:00Z")));
        assertThat(CountsLine.of(new ComparisonCounts(1_200, 5, 0, 2), earlier, ZoneId.of("Europe/Berlin"), 1_100))
                .isEqualTo("1,200 new · 5 still failing (2 with another reason) · 0 fixed since job 45912, 2026-11-30 23:04"
                        + " · 1,100 new and not known");
    }

    @Test
    void aJobWithoutAStartTimeIsNamedByItsIdOnly() {
        assertThat(CountsLine.of(new ComparisonCounts(0, 0, 3, 0), job(7, Optional.empty()), UTC, 0))
                .isEqualTo("0 new · 0 still failing · 3 fixed since job 7 · 0 new and not known");
    }
}

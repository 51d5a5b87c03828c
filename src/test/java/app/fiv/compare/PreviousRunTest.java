package app.fiv.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.JobSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The previous-run rule: the same subclient (by ID, else by names) and type, finished, ended before this one started. */
class PreviousRunTest {
    static final Instant NIGHT = Instant.parse("2026-11-30T22:00:00Z");

    /** A finished backup of fs-win01's Users subclient, started {@code hoursAfterNight} after 22:00, one hour long. */
    static JobSummary job(long id, double hoursAfterNight) {
        Instant start = NIGHT.plusSeconds((long) (hoursAfterNight * 3600));
        return job(id, "Completed w/ one or more errors", "Backup", start, start.plusSeconds(3600), 301, 3011,
                "fs-win01", "Windows File System", "", "defaultBackupSet", "Users");
    }

    static JobSummary job(long id, String status, String type, Instant start, Instant end, long clientId,
                          long subclientId, String client, String agent, String instance, String backupSet,
                          String subclient) {
        return new JobSummary(id, status, type, "", "", "Incremental", 100, Optional.ofNullable(start),
                Optional.ofNullable(end), 10, 2, 0, client, subclient, backupSet, agent, status, "", clientId,
                subclientId, 0, instance, Optional.empty());
    }

    static JobSummary with(JobSummary job, long clientId, long subclientId, String client, String subclient) {
        return job(job.jobId(), job.status(), job.jobType(), job.startTime().orElse(null), job.endTime().orElse(null),
                clientId, subclientId, client, job.appName(), job.instanceName(), job.backupsetName(), subclient);
    }

    private final JobSummary tonight = job(500, 24);

    @Test
    void theLatestRunThatEndedBeforeThisOneStarted() {
        JobSummary lastNight = job(400, 0);
        JobSummary nightBefore = job(300, -24);
        JobSummary stillRunningWhenThisStarted = job(450, 23.5);

        assertThat(PreviousRun.choose(tonight, List.of(nightBefore, stillRunningWhenThisStarted, lastNight)))
                .contains(lastNight);
    }

    @Test
    void aRunThatEndedExactlyAsThisOneStartedIsNotBeforeIt() {
        JobSummary endsAtTheStart = job(450, 23);

        assertThat(PreviousRun.choose(tonight, List.of(endsAtTheStart))).isEmpty();
        assertThat(PreviousRun.choose(tonight, List.of(job(449, 22.99)))).isPresent();
    }

    @Test
    void neverTheJobItselfNorALaterOne() {
        assertThat(PreviousRun.choose(tonight, List.of(tonight, job(600, 48)))).isEmpty();
    }

    @Test
    void activeJobsAreNotRuns() {
        for (String status : List.of("Running", "Waiting", "Pending", "Suspended", "Queued", "running")) {
            JobSummary active = job(400, "  " + status, "Backup", NIGHT, NIGHT.plusSeconds(60), 301, 3011, "fs-win01",
                    "Windows File System", "", "defaultBackupSet", "Users");
            assertThat(PreviousRun.choose(tonight, List.of(active))).as(status).isEmpty();
        }
        for (String status : List.of("Completed", "Failed", "Killed", "Completed w/ one or more errors")) {
            JobSummary finished = job(400, status, "Backup", NIGHT, NIGHT.plusSeconds(60), 301, 3011, "fs-win01",
                    "Windows File System", "", "defaultBackupSet", "Users");
            assertThat(PreviousRun.choose(tonight, List.of(finished))).as(status).contains(finished);
        }
    }

    @Test
    void theSameSubclientByIdWhereBothHaveOne() {
        JobSummary renamed = with(job(400, 0), 301, 3011, "FS-WIN01.corp.example.com", "Users (old name)");
        JobSummary otherSubclient = with(job(450, 1), 301, 3012, "fs-win01", "Users");

        assertThat(PreviousRun.choose(tonight, List.of(renamed, otherSubclient))).contains(renamed);
    }

    @Test
    void byNamesIgnoringCaseWhenAnIdIsMissing() {
        JobSummary noIds = with(job(400, 0), 0, 0, "FS-WIN01", "users");
        JobSummary otherClient = with(job(450, 1), 0, 0, "fs-win02", "Users");
        JobSummary otherBackupSet = job(460, "Completed", "Backup", NIGHT, NIGHT.plusSeconds(60), 0, 0, "fs-win01",
                "Windows File System", "", "archiveSet", "Users");
        JobSummary otherAgent = job(470, "Completed", "Backup", NIGHT, NIGHT.plusSeconds(60), 0, 0, "fs-win01",
                "File System Archiver", "", "defaultBackupSet", "Users");
        JobSummary otherInstance = job(480, "Completed", "Backup", NIGHT, NIGHT.plusSeconds(60), 0, 0, "fs-win01",
                "Windows File System", "inst2", "defaultBackupSet", "Users");

        assertThat(PreviousRun.choose(tonight, List.of(noIds, otherClient, otherBackupSet, otherAgent, otherInstance)))
                .contains(noIds);
        JobSummary namedOnly = with(tonight, 0, 0, "fs-win01", "Users");
        assertThat(PreviousRun.choose(namedOnly, List.of(job(400, 0)))).as("the candidate's IDs alone do not count")
                .isPresent();
    }

    @Test
    void clientsWhoseIdsDifferAreNeverTheSame() {
        JobSummary otherClientSameNames = with(job(400, 0), 999, 0, "fs-win01", "Users");
        JobSummary tonightWithoutSubclientId = with(tonight, 301, 0, "fs-win01", "Users");

        assertThat(PreviousRun.choose(tonightWithoutSubclientId, List.of(otherClientSameNames))).isEmpty();
    }

    @Test
    void onlyJobsOfTheSameType() {
        JobSummary restore = job(400, "Completed", "Restore", NIGHT, NIGHT.plusSeconds(60), 301, 3011, "fs-win01",
                "Windows File System", "", "defaultBackupSet", "Users");
        JobSummary backup = job(300, -24);

        assertThat(PreviousRun.choose(tonight, List.of(restore, backup))).contains(backup);
        JobSummary laterRestore = job(600, "Completed", "restore", NIGHT.plusSeconds(30 * 3600), null, 301, 3011,
                "fs-win01", "Windows File System", "", "defaultBackupSet", "Users");
        assertThat(PreviousRun.choose(laterRestore, List.of(restore, backup))).contains(restore);
    }

    @Test
    void noneWithoutTimesOrCandidates() {
        assertThat(PreviousRun.choose(tonight, List.of())).isEmpty();
        JobSummary noEnd = job(400, "Completed", "Backup", NIGHT, null, 301, 3011, "fs-win01", "Windows File System",
                "", "defaultBackupSet", "Users");
        assertThat(PreviousRun.choose(tonight, List.of(noEnd))).isEmpty();
        JobSummary noStart = job(600, "Completed", "Backup", null, null, 301, 3011, "fs-win01", "Windows File System",
                "", "defaultBackupSet", "Users");
        assertThat(PreviousRun.choose(noStart, List.of(job(400, 0)))).isEmpty();
    }

    @Test
    void theSameEndTimeGoesToTheHigherJobId() {
        assertThat(PreviousRun.choose(tonight, List.of(job(401, 0), job(402, 0), job(399, 0)))).map(JobSummary::jobId)
                .contains(402L);
    }
}

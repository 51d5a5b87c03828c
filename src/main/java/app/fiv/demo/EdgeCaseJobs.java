package app.fiv.demo;

/** Jobs 1007 to 1009: no failed items, an error inside an HTTP 200, and an HTTP 500. */
final class EdgeCaseJobs {

    private EdgeCaseJobs() {
    }

    static DemoJob noFailedItems() {
        FailedItemsBody body = sink -> {
            sink.beginList();
            sink.end();
        };
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fileserver01", 12,
                "DefaultInstanceName", "defaultBackupSet", 14, "default", 41);
        return new DemoJob(new JobSummary(DemoJobs.NO_FAILED_ITEMS, JobSummary.COMPLETED, "Incremental",
                origin, DemoTimes.at("2026-03-12T22:00:06Z"), DemoTimes.at("2026-03-12T22:19:40Z"),
                9_871, 4_310_557_100L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    /** The summary still announces failures, which is what makes the missing index surprising. */
    static DemoJob errorBody200() {
        JobOrigin origin = new JobOrigin("Linux File System", 29, "lnx-db02", 19,
                "DefaultInstanceName", "defaultBackupSet", 23, "pgdata", 59);
        return new DemoJob(new JobSummary(DemoJobs.ERROR_BODY_200, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-02-14T19:00:01Z"), DemoTimes.at("2026-02-14T21:52:30Z"),
                77_310, 902_114_886_912L, new FailedCounts(37, 2)),
                new FailedItemsAnswer.Failure(200, 19,
                        "Failed to get the failed items: the index for this job is not available."));
    }

    static DemoJob serverError500() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "sql-host03", 24,
                "DefaultInstanceName", "defaultBackupSet", 28, "system-drive", 70);
        return new DemoJob(new JobSummary(DemoJobs.SERVER_ERROR_500, JobSummary.COMPLETED_WITH_ERRORS,
                "Incremental", origin, DemoTimes.at("2026-03-13T23:00:02Z"), DemoTimes.at("2026-03-13T23:31:18Z"),
                214_530, 96_404_733_952L, new FailedCounts(5, 0)),
                new FailedItemsAnswer.Failure(500, 500,
                        "Internal server error while reading the job's failed items."));
    }
}

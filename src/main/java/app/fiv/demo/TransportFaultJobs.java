package app.fiv.demo;

/**
 * Jobs 2017, 2018 and 2020: the connection itself misbehaves: a body that stops half-way and
 * hangs, no answer at all while the connection stays open, and a connection closed unanswered.
 */
final class TransportFaultJobs {

    private TransportFaultJobs() {
    }

    static DemoJob stallMidBody() {
        FailedItemsBody body = LargeFileServerJob.sample(DemoJobs.STALL_MID_BODY, DemoJobs.STALL_ITEMS);
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-apac02", 85,
                "DefaultInstanceName", "defaultBackupSet", 86, "Projects", 127);
        return new DemoJob(new JobSummary(DemoJobs.STALL_MID_BODY, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-29T14:00:03Z"), DemoTimes.at("2026-03-29T15:02:48Z"),
                402_337, 1_311_204_376_576L, FailedCounts.of(body)),
                new FailedItemsAnswer.Fault(new MidBodyStallResponse(body)));
    }

    static DemoJob stallBeforeHeaders() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-remote09", 87,
                "DefaultInstanceName", "defaultBackupSet", 88, "default", 128);
        return new DemoJob(new JobSummary(DemoJobs.STALL_BEFORE_HEADERS, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-29T22:00:00Z"), DemoTimes.at("2026-03-29T22:52:19Z"),
                7_391, 904_118_272L, new FailedCounts(11, 0)),
                new FailedItemsAnswer.Fault(new SilentStallResponse()));
    }

    static DemoJob droppedConnection() {
        JobOrigin origin = new JobOrigin("Linux File System", 29, "lnx-dmz01", 89,
                "DefaultInstanceName", "defaultBackupSet", 90, "www", 129);
        return new DemoJob(new JobSummary(DemoJobs.DROPPED_CONNECTION, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-30T02:00:04Z"), DemoTimes.at("2026-03-30T02:09:37Z"),
                2_118, 388_101_120L, new FailedCounts(3, 1)),
                new FailedItemsAnswer.Fault(new DroppedConnectionResponse()));
    }
}

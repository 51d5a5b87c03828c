package app.fiv.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Jobs 1001 and 1002: the two documented API samples, served byte for byte. */
final class SampleJobs {

    static final String LIST_RESOURCE = "failed-items-list.json";
    static final String CSV_RESOURCE = "failed-items-csv.json";

    private SampleJobs() {
    }

    static DemoJob listSample() {
        FailedItemsBody body = verbatim(LIST_RESOURCE);
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fileserver01", 12,
                "DefaultInstanceName", "defaultBackupSet", 14, "default", 41);
        return new DemoJob(new JobSummary(DemoJobs.LIST_SAMPLE, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-02T22:00:07Z"), DemoTimes.at("2026-03-02T22:41:53Z"),
                18_342, 7_514_988_214L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    static DemoJob csvSample() {
        FailedItemsBody body = verbatim(CSV_RESOURCE);
        JobOrigin origin = new JobOrigin("Microsoft Teams", 134, "m365-teams", 27,
                "DefaultInstanceName", "defaultBackupSet", 31, "default", 88);
        return new DemoJob(new JobSummary(DemoJobs.CSV_SAMPLE, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-03T01:15:00Z"), DemoTimes.at("2026-03-03T02:03:29Z"),
                4_127, 2_317_604_417L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    /** The resource is read once; every request then gets the very same bytes. */
    static FailedItemsBody verbatim(String resource) {
        byte[] json = read(resource);
        return sink -> sink.verbatimJson(json);
    }

    static byte[] read(String resource) {
        try (InputStream in = SampleJobs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

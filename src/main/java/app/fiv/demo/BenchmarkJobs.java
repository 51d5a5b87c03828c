package app.fiv.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Jobs {@value DemoJobs#BENCHMARK_FIRST} to {@value DemoJobs#BENCHMARK_LAST}: twenty file server jobs of
 * {@value DemoJobs#BENCHMARK_ITEMS} items each (a million in all), one client each (fs-bench-01 to
 * fs-bench-20), drawn like job 1005 from a seed of their own (the job ID), for a tab of many jobs at
 * scale. Their summary counts are pinned (counting a million items at every start costs a second;
 * ScaleJobsTest checks them).
 */
final class BenchmarkJobs {
    /** The failed files of each job, in job order; its other items are folders. */
    static final int[] FILES = {
        48_862, 48_958, 48_980, 48_959, 48_887, 48_992, 48_880, 48_956, 48_861, 48_894,
        48_928, 48_925, 48_917, 48_916, 48_903, 48_917, 48_946, 48_958, 48_979, 48_981};

    private BenchmarkJobs() {
    }

    static List<DemoJob> all() {
        List<DemoJob> jobs = new ArrayList<>();
        for (int i = 0; i < DemoJobs.BENCHMARK_LAST - DemoJobs.BENCHMARK_FIRST + 1; i++) {
            jobs.add(job(i));
        }
        return jobs;
    }

    static DemoJob job(int index) {
        long jobId = DemoJobs.BENCHMARK_FIRST + index;
        FailedItemsBody body = LargeFileServerJob.sample(jobId, DemoJobs.BENCHMARK_ITEMS);
        String client = String.format("fs-bench-%02d", index + 1);
        JobOrigin origin = new JobOrigin("Windows File System", 33, client, 500 + index,
                "DefaultInstanceName", "defaultBackupSet", 600 + index, "Shares", 700 + index);
        var start = DemoTimes.at("2026-03-20T21:00:00Z").plus(Duration.ofMinutes(index));
        return new DemoJob(new JobSummary(jobId, JobSummary.COMPLETED_WITH_ERRORS, "Incremental", origin, start,
                start.plus(Duration.ofHours(3)), 1_200_000 + index, 2_000_000_000_000L + index,
                counts(index)), new FailedItemsAnswer.Items(body));
    }

    static FailedCounts counts(int index) {
        return new FailedCounts(FILES[index], DemoJobs.BENCHMARK_ITEMS - FILES[index]);
    }
}

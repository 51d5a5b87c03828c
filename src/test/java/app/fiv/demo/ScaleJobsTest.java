package app.fiv.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pinned summary counts of the big data sets are what their bodies really hold. */
class ScaleJobsTest {

    @Test
    void millionItemCountsMatchTheBody() {
        FailedItemsAnswer.Items items = (FailedItemsAnswer.Items) ScaleJobs.millionItems().failedItems();
        FailedCounts counted = FailedCounts.of(items.body());
        assertThat(counted).isEqualTo(ScaleJobs.MILLION_COUNTS);
        assertThat(counted.files() + counted.folders()).isEqualTo(DemoJobs.MILLION_ITEMS_COUNT);
    }

    @Test
    void largeCsvCountsMatchTheBody() {
        FailedItemsAnswer.Items items = (FailedItemsAnswer.Items) ScaleJobs.largeCsv().failedItems();
        FailedCounts counted = FailedCounts.of(items.body());
        assertThat(counted).isEqualTo(ScaleJobs.LARGE_CSV_COUNTS);
        assertThat(counted.files() + counted.folders()).isEqualTo(DemoJobs.LARGE_CSV_ROWS);
    }

    @Test
    void theTwentyBenchmarkJobsCountsMatchTheirBodies() {
        StringBuilder counted = new StringBuilder();
        for (int index = 0; index < 20; index++) {
            FailedItemsAnswer.Items items = (FailedItemsAnswer.Items) BenchmarkJobs.job(index).failedItems();
            FailedCounts counts = FailedCounts.of(items.body());
            counted.append(counts.files()).append(index < 19 ? ", " : "");
            assertThat(counts.files() + counts.folders()).isEqualTo(DemoJobs.BENCHMARK_ITEMS);
        }
        StringBuilder pinned = new StringBuilder();
        for (int index = 0; index < 20; index++) {
            pinned.append(BenchmarkJobs.FILES[index]).append(index < 19 ? ", " : "");
        }
        assertThat(counted.toString()).isEqualTo(pinned.toString());
        assertThat(BenchmarkJobs.all()).extracting(DemoJob::jobId).startsWith(DemoJobs.BENCHMARK_FIRST)
                .endsWith(DemoJobs.BENCHMARK_LAST).hasSize(20);
    }
}

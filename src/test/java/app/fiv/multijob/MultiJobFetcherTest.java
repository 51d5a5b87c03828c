package app.fiv.multijob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MultiJobFetcherTest {
    private static final List<String> A = List.of("entity", "failureReason");
    private static final List<String> B = List.of("entity", "size", "failureReason");

    private static List<List<String>> rows(String prefix, int count, int width) {
        return IntStream.range(0, count).mapToObj(i -> IntStream.range(0, width).mapToObj(c -> prefix + i + "." + c).toList())
                .toList();
    }

    private static List<JobRequest> ids(long... ids) {
        return Arrays.stream(ids).mapToObj(JobRequest::of).toList();
    }

    @Test
    void rowsAndColumnsFollowTheOrderOfTheJobsNotWhichFinishedFirst() throws Exception {
        // Job 1 is slow, job 2 is quick: the table still starts with job 1's rows and columns.
        FakeJobs jobs = new FakeJobs().job(1, A, rows("a", 3, 2), 150).job(2, B, rows("b", 2, 3), 0);

        ManyJobsTable loaded = new MultiJobFetcher(jobs).load(ids(1, 2), ManyJobsProgress.NONE, CancelSignal.none());

        FailedItemsTable table = loaded.table();
        assertThat(table.columns()).containsExactly("Job ID", "Client", "Subclient", "entity", "failureReason", "size");
        assertThat(table.rowCount()).isEqualTo(5);
        assertThat(row(table, 0)).containsExactly("1", "client-1", "sub-1", "a0.0", "a0.1", "");
        assertThat(row(table, 3)).containsExactly("2", "client-2", "sub-2", "b0.0", "b0.2", "b0.1");
        assertThat(loaded.jobsRead()).extracting(job -> job.jobId()).containsExactly(1L, 2L);
        assertThat(loaded.complete()).isTrue();
    }

    @Test
    void theStreamWritesJobAfterJobWithTheUnionOfColumnsInFirstSeenOrder() throws Exception {
        FakeJobs jobs = new FakeJobs().job(1, A, rows("a", 2, 2), 150).job(2, B, rows("b", 1, 3), 0);
        Recording sink = new Recording();

        ManyJobsStreamed streamed = new MultiJobFetcher(jobs).stream(ids(1, 2), sink, JobSinks.NONE,
                ManyJobsProgress.NONE, CancelSignal.none());

        assertThat(sink.columns).containsExactly("jobId", "client", "subclient", "entity", "failureReason", "size");
        assertThat(sink.rows).containsExactly(
                List.of("1", "client-1", "sub-1", "a0.0", "a0.1"),
                List.of("1", "client-1", "sub-1", "a1.0", "a1.1"),
                Arrays.asList("2", "client-2", "sub-2", "b0.0", "b0.2", "b0.1"));
        assertThat(sink.ends).isEqualTo(1);
        assertThat(streamed.rows()).isEqualTo(3);
        assertThat(streamed.failed()).isEmpty();
    }

    @Test
    void atMostFourJobsDownloadAtOnce() throws Exception {
        FakeJobs jobs = new FakeJobs();
        for (long id = 1; id <= 10; id++) {
            jobs.job(id, A, rows("r", 1, 2), 80);
        }

        ManyJobsTable loaded = new MultiJobFetcher(jobs).load(ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ManyJobsProgress.NONE,
                CancelSignal.none());

        assertThat(jobs.mostAtOnce.get()).isEqualTo(MultiJobFetcher.AT_ONCE);
        assertThat(loaded.table().rowCount()).isEqualTo(10);

        FakeJobs streamed = new FakeJobs();
        for (long id = 1; id <= 10; id++) {
            streamed.job(id, A, rows("r", 1, 2), 80);
        }
        new MultiJobFetcher(streamed).stream(ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), new Recording(), JobSinks.NONE,
                ManyJobsProgress.NONE, CancelSignal.none());
        assertThat(streamed.mostAtOnce.get()).isEqualTo(MultiJobFetcher.AT_ONCE);
    }

    @Test
    void aJobThatFailsIsNamedAndTheOthersStay() throws Exception {
        FakeJobs jobs = new FakeJobs().job(1, A, rows("a", 2, 2), 0)
                .failing(2, new ApiException(ApiException.Kind.SERVER, "The CommServe answered HTTP 500."))
                .job(4, B, rows("b", 1, 3), 0);

        ManyJobsTable loaded = new MultiJobFetcher(jobs).load(ids(1, 2, 3, 4), ManyJobsProgress.NONE, CancelSignal.none());

        assertThat(loaded.table().rowCount()).isEqualTo(3);
        assertThat(loaded.failed()).extracting(JobFailure::label).containsExactly("2 (server error)", "3 (not found)");
        assertThat(loaded.failed().get(0).message()).isEqualTo("The CommServe answered HTTP 500.");
        assertThat(loaded.failedRequests()).extracting(JobRequest::jobId).containsExactly(2L, 3L);

        Recording sink = new Recording();
        ManyJobsStreamed streamed = new MultiJobFetcher(jobs).stream(ids(1, 2, 3, 4), sink, JobSinks.NONE,
                ManyJobsProgress.NONE, CancelSignal.none());
        assertThat(sink.rows).hasSize(3);
        assertThat(sink.ends).isEqualTo(1);
        assertThat(streamed.failed()).extracting(JobFailure::jobId).containsExactly(2L, 3L);
    }

    @Test
    void aRetryAddsTheRowsOfTheJobsThatFailedAfterTheOthers() throws Exception {
        FakeJobs jobs = new FakeJobs().job(1, A, rows("a", 2, 2), 0);
        ManyJobsTable first = new MultiJobFetcher(jobs).load(ids(1, 2), ManyJobsProgress.NONE, CancelSignal.none());
        jobs.job(2, B, rows("b", 1, 3), 0);

        ManyJobsTable again = first.plus(new MultiJobFetcher(jobs).load(first.failedRequests(), ManyJobsProgress.NONE,
                CancelSignal.none()));

        assertThat(again.failed()).isEmpty();
        assertThat(again.table().rowCount()).isEqualTo(3);
        assertThat(again.table().cell(2, 0)).isEqualTo("2");
        assertThat(again.table().cell(2, 5)).isEqualTo("b0.1");
        assertThat(again.asked()).extracting(JobRequest::jobId).containsExactly(1L, 2L);
    }

    @Test
    void summariesGivenAreNotAskedForAgain() throws Exception {
        FakeJobs jobs = new FakeJobs().job(1, A, rows("a", 1, 2), 0).job(2, A, rows("b", 1, 2), 0);

        new MultiJobFetcher(jobs).load(List.of(JobRequest.of(FakeJobs.summary(1)), JobRequest.of(2)), ManyJobsProgress.NONE,
                CancelSignal.none());

        assertThat(jobs.summariesAsked.get()).isEqualTo(1);
    }

    @Test
    void aLoginThatCannotBeRenewedStopsEveryJob() {
        FakeJobs jobs = new FakeJobs().failing(1, ApiException.sessionRejected("The session has expired."))
                .job(2, A, rows("a", 1, 2), 2_000).job(3, A, rows("a", 1, 2), 2_000);
        long started = System.nanoTime();

        assertThatThrownBy(() -> new MultiJobFetcher(jobs).load(ids(1, 2, 3), ManyJobsProgress.NONE, CancelSignal.none()))
                .isInstanceOf(ApiException.class).hasMessageContaining("expired");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_500);
    }

    @Test
    void aCancelStopsEveryJob() throws Exception {
        FakeJobs jobs = new FakeJobs();
        for (long id = 1; id <= 6; id++) {
            jobs.job(id, A, rows("a", 1, 2), 5_000);
        }
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<Object> load = CompletableFuture.supplyAsync(() -> {
            try {
                return new MultiJobFetcher(jobs).load(ids(1, 2, 3, 4, 5, 6), ManyJobsProgress.NONE, cancel);
            } catch (Exception e) {
                return e;
            }
        });
        Thread.sleep(200);
        assertThat(jobs.running.get()).isEqualTo(4);
        cancel.cancel();

        assertThat(load.get(2, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        Thread.sleep(100);
        assertThat(jobs.running.get()).isZero();
    }

    @Test
    void aJobAheadOfTheOneWrittenWaitsInsteadOfHoldingItsRows() throws Exception {
        // Job 2 has many rows and no delay; while job 1 is slow, job 2 may only run a bounded way ahead.
        FakeJobs jobs = new FakeJobs().job(1, A, rows("a", 1, 2), 600).job(2, A, rows("b", 50_000, 2), 0);
        int[] producedWhenJob1Ended = new int[1];
        Recording sink = new Recording() {
            @Override
            public void row(String[] cells) {
                if (cells[0].equals("1")) {
                    producedWhenJob1Ended[0] = jobs.rowsProduced.get();
                }
                super.row(cells);
            }
        };

        new MultiJobFetcher(jobs).stream(ids(1, 2), sink, JobSinks.NONE, ManyJobsProgress.NONE, CancelSignal.none());

        assertThat(sink.rows).hasSize(50_001);
        assertThat(producedWhenJob1Ended[0]).isLessThan((ManyJobsStream.BATCHES + 3) * ManyJobsStream.BATCH);
    }

    @Test
    void noJobsGiveTheLeadingColumnsOnly() throws Exception {
        Recording sink = new Recording();

        new MultiJobFetcher(new FakeJobs()).stream(List.of(), sink, JobSinks.NONE, ManyJobsProgress.NONE, CancelSignal.none());

        assertThat(sink.columns).containsExactly("jobId", "client", "subclient");
        assertThat(sink.rows).isEmpty();
        assertThat(sink.ends).isEqualTo(1);
    }

    @Test
    void whenNoJobCanBeReadTheStreamDoesNotEnd() throws Exception {
        Recording sink = new Recording();

        ManyJobsStreamed streamed = new MultiJobFetcher(new FakeJobs()).stream(ids(7, 8), sink, JobSinks.NONE,
                ManyJobsProgress.NONE, CancelSignal.none());

        assertThat(streamed.failed()).hasSize(2);
        assertThat(sink.ends).isZero();
    }

    private static List<String> row(FailedItemsTable table, int row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < table.columnCount(); column++) {
            cells.add(table.cell(row, column));
        }
        return cells;
    }

    static class Recording implements RowSink {
        final List<String> columns = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        int ends;

        @Override
        public void begin(Shape shape) {
        }

        @Override
        public void columns(int first, List<String> names) {
            columns.subList(first, columns.size()).clear();
            columns.addAll(names);
        }

        @Override
        public void row(String[] cells) {
            rows.add(Arrays.asList(cells));
        }

        @Override
        public void end() {
            ends++;
        }
    }
}

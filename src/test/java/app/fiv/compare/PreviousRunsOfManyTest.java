package app.fiv.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Each of many jobs' previous runs: a few at a time, in order, a failure told per job, a login refused stops all. */
class PreviousRunsOfManyTest {
    private static JobSummary job(long id) {
        return new JobSummary(id, "Completed", "Backup", "", "", "", 100, Optional.empty(), Optional.empty(), 0, 0, 0,
                "client-" + id, "default", "", "");
    }

    private static List<JobSummary> jobs(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(PreviousRunsOfManyTest::job).toList();
    }

    @Test
    void atMostSoManyLookAtOnceAndTheOutcomesKeepTheJobsOrder() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<PreviousRunsOfMany.Found> found = PreviousRunsOfMany.find(jobs(12), (job, cancel) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return job.jobId() % 3 == 0 ? Optional.empty() : Optional.of(job(job.jobId() + 100));
        }, 4, new CancelSignal());

        assertThat(most.get()).isBetween(2, 4);
        assertThat(found).extracting(one -> one.job().jobId()).containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
        assertThat(found.get(0).previous()).hasValueSatisfying(run -> assertThat(run.jobId()).isEqualTo(101));
        assertThat(found.get(2).previous()).isEmpty();
    }

    @Test
    void aJobWhoseLookFailsIsToldAndTheOthersGoOn() throws Exception {
        List<PreviousRunsOfMany.Found> found = PreviousRunsOfMany.find(jobs(3), (job, cancel) -> {
            if (job.jobId() == 2) {
                throw new ApiException(ApiException.Kind.SERVER, "HTTP 500");
            }
            return Optional.of(job(job.jobId() + 100));
        }, 4, new CancelSignal());

        assertThat(found.get(1).failure().kind()).isEqualTo(ApiException.Kind.SERVER);
        assertThat(found.get(0).previous()).isPresent();
        assertThat(found.get(2).previous()).isPresent();
    }

    @Test
    void aLoginThatCannotBeRenewedStopsThemAll() {
        CountDownLatch stopped = new CountDownLatch(1);
        assertThatThrownBy(() -> PreviousRunsOfMany.find(jobs(2), (job, cancel) -> {
            if (job.jobId() == 1) {
                cancel.onCancel(stopped::countDown);
                try {
                    stopped.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cancel.throwIfCancelled();
                return Optional.empty();
            }
            throw new ApiException(ApiException.Kind.AUTHENTICATION, "The login was refused.");
        }, 2, new CancelSignal()))
                .isInstanceOf(ApiException.class).hasMessage("The login was refused.");
        assertThat(stopped.getCount()).as("the other look was stopped").isZero();
    }
}

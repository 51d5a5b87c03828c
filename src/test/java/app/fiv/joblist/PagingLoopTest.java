package app.fiv.joblist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobListPage;
import app.fiv.api.JobSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The paging loop against servers that page in every way seen in the field, right and wrong: one
 * page after the other, so the order of the requests is exact, and with pages asked for ahead.
 */
class PagingLoopTest {
    private final List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> progress = new ArrayList<>();
    private final JobLister lister = new JobLister(java.time.Clock.systemUTC(), 1);
    private final JobLister ahead = new JobLister(java.time.Clock.systemUTC(), 3);

    private static JobSummary job(long id) {
        return new JobSummary(id, "Completed", "Backup", "Backup", "", "", 100, Optional.empty(),
                Optional.of(Instant.ofEpochSecond(1_764_000_000L + id)), 0, 0, 0, "c", "", "", "");
    }

    /** Jobs {@code count} down to 1, newest first, as a CommServe lists them. */
    private static List<JobSummary> jobs(int count) {
        return LongStream.iterate(count, id -> id >= 1, id -> id - 1).mapToObj(PagingLoopTest::job).toList();
    }

    private JobListing list(JobPages pages) throws ApiException {
        return list(lister, pages);
    }

    private JobListing list(JobLister with, JobPages pages) throws ApiException {
        return with.list((offset, limit) -> {
            asked.add(offset + "/" + limit);
            return pages.page(offset, limit);
        }, (listed, total) -> progress.add(listed + "/" + total), CancelSignal.none());
    }

    private static JobListPage slice(List<JobSummary> all, int from, int size, long total) {
        List<JobSummary> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + size));
        return new JobListPage(total, page.size(), page);
    }

    @Test
    void readsPageAfterPageUntilTheCountIsReached() throws Exception {
        List<JobSummary> all = jobs(250);

        JobListing listing = list((offset, limit) -> slice(all, offset, limit, 250));

        assertThat(asked).containsExactly("0/100", "100/100", "200/100");
        assertThat(progress).containsExactly("100/250", "200/250", "250/250");
        assertThat(listing.jobs()).hasSize(250).isEqualTo(all);
        assertThat(listing.complete()).isTrue();
        assertThat(listing.missing()).isZero();
    }

    @Test
    void aShortPageIsNotTheLast() throws Exception {
        List<JobSummary> all = jobs(120);

        JobListing listing = list((offset, limit) -> slice(all, offset, 30, 120));

        assertThat(asked).containsExactly("0/100", "30/100", "60/100", "90/100");
        assertThat(listing.jobs()).hasSize(120);
        assertThat(listing.complete()).isTrue();
    }

    @Test
    void aServerThatIgnoresTheLimitIsReadOnce() throws Exception {
        List<JobSummary> all = jobs(1_000);

        JobListing listing = list((offset, limit) -> slice(all, 0, 1_000, 1_000));

        assertThat(asked).containsExactly("0/100");
        assertThat(listing.jobs()).hasSize(1_000);
    }

    @Test
    void aServerThatIgnoresTheOffsetStopsWhenNothingNewComesWithoutListingAJobTwice() throws Exception {
        List<JobSummary> all = jobs(300);

        JobListing listing = list((offset, limit) -> slice(all, 0, limit, 300));

        assertThat(asked).containsExactly("0/100", "100/100");
        assertThat(listing.jobs()).hasSize(100).doesNotHaveDuplicates();
        assertThat(listing.complete()).isFalse();
        assertThat(listing.missing()).isEqualTo(200);
    }

    @Test
    void jobsThatShiftedIntoTheNextPageAreListedOnce() throws Exception {
        List<JobSummary> all = jobs(205);
        // Five new jobs start after the first page: every later job moves five places down.
        List<JobSummary> later = jobs(210);

        JobListing listing = list((offset, limit) -> offset == 0 ? slice(all, 0, limit, 205) : slice(later, offset, limit, 210));

        // Jobs 106-110 come again on the second page; the five new ones were above the pages already read.
        assertThat(listing.jobs()).extracting(JobSummary::jobId).doesNotHaveDuplicates();
        assertThat(listing.jobs()).isEqualTo(all);
        assertThat(asked).containsExactly("0/100", "100/100", "200/100", "210/100");
        assertThat(listing.missing()).isEqualTo(5);
    }

    @Test
    void anEmptyPageEndsTheListEvenBeforeTheCount() throws Exception {
        JobListing empty = list((offset, limit) -> new JobListPage(122, 0, List.of()));

        assertThat(asked).containsExactly("0/100");
        assertThat(empty.jobs()).isEmpty();
        assertThat(empty.complete()).isFalse();
        assertThat(empty.missing()).isEqualTo(122);
    }

    @Test
    void withoutACountTheListEndsAtTheFirstEmptyPage() throws Exception {
        List<JobSummary> all = jobs(150);

        JobListing listing = list((offset, limit) -> slice(all, offset, limit, -1));

        assertThat(asked).containsExactly("0/100", "100/100", "150/100");
        assertThat(listing.jobs()).hasSize(150);
        assertThat(listing.complete()).isTrue();
        assertThat(listing.reportedTotal()).isEqualTo(-1);
    }

    @Test
    void unreadableEntriesMoveTheOffsetOn() throws Exception {
        List<JobSummary> all = jobs(200);

        // Every page has ten entries without a job ID: still 100 entries, 90 jobs.
        JobListing listing = list((offset, limit) -> {
            JobListPage page = slice(all, offset, limit, 200);
            return new JobListPage(200, page.entries(), page.jobs().subList(0, Math.max(0, page.jobs().size() - 10)));
        });

        assertThat(asked).containsExactly("0/100", "100/100", "200/100");
        assertThat(listing.jobs()).hasSize(180);
    }

    @Test
    void aCancelStopsBeforeTheNextPage() {
        CancelSignal cancel = new CancelSignal();
        List<JobSummary> all = jobs(500);

        assertThatThrownBy(() -> lister.list((offset, limit) -> {
            asked.add(offset + "/" + limit);
            if (offset == 200) {
                cancel.cancel();
            }
            return slice(all, offset, limit, 500);
        }, JobLister.Progress.NONE, cancel)).isInstanceOf(CancellationException.class);
        assertThat(asked).containsExactly("0/100", "100/100", "200/100");
    }

    @Test
    void anErrorOnAnyPageIsTheListsError() {
        List<JobSummary> all = jobs(500);
        ApiException refused = new ApiException(ApiException.Kind.SERVER, "HTTP 503");

        assertThatThrownBy(() -> list((offset, limit) -> {
            if (offset == 100) {
                throw refused;
            }
            return slice(all, offset, limit, 500);
        })).isSameAs(refused);
    }

    @Test
    void theListIsOrderedByEndTimeNewestFirstWhateverTheServersOrder() throws Exception {
        List<JobSummary> shuffled = new ArrayList<>(jobs(50));
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        JobSummary noEnd = new JobSummary(99, "Completed", "", "", "", "", 0, Optional.empty(), Optional.empty(), 0, 0, 0,
                "", "", "", "");
        shuffled.add(0, noEnd);

        JobListing listing = list((offset, limit) -> slice(shuffled, offset, limit, 51));

        assertThat(listing.jobs().subList(0, 50)).isEqualTo(jobs(50));
        assertThat(listing.jobs().get(50)).isEqualTo(noEnd);
    }

    @Test
    void pagesAskedForAheadGiveTheSameListAndNeverGoPastTheCount() throws Exception {
        List<JobSummary> all = jobs(250);

        JobListing listing = list(ahead, (offset, limit) -> slice(all, offset, limit, 250));

        assertThat(listing.jobs()).isEqualTo(all);
        assertThat(asked).containsExactlyInAnyOrder("0/100", "100/100", "200/100");
        assertThat(progress).containsExactly("100/250", "200/250", "250/250");
    }

    @Test
    void aWrongGuessCostsARequestNeverAJob() throws Exception {
        List<JobSummary> all = jobs(400);
        // Page sizes that change: 100, then 40 from offset 100 on.
        JobPages pages = (offset, limit) -> slice(all, offset, offset < 100 ? 100 : 40, 400);

        JobListing listing = list(ahead, pages);

        assertThat(listing.jobs()).isEqualTo(all);
        assertThat(listing.complete()).isTrue();
        assertThat(asked).contains("0/100", "100/100", "140/100", "180/100", "380/100").doesNotHaveDuplicates();
    }

    @Test
    void aServerThatIgnoresTheOffsetStillEndsWithPagesAhead() throws Exception {
        List<JobSummary> all = jobs(1_000);

        JobListing listing = list(ahead, (offset, limit) -> slice(all, 0, limit, 1_000));

        assertThat(listing.jobs()).hasSize(100).doesNotHaveDuplicates();
        assertThat(listing.complete()).isFalse();
        assertThat(asked.size()).isLessThanOrEqualTo(4);
    }

    @Test
    void anErrorOfAPageAskedForAheadIsTheListsError() {
        List<JobSummary> all = jobs(500);
        ApiException refused = new ApiException(ApiException.Kind.SERVER, "HTTP 503");

        assertThatThrownBy(() -> list(ahead, (offset, limit) -> {
            if (offset == 200) {
                throw refused;
            }
            return slice(all, offset, limit, 500);
        })).isSameAs(refused);
    }
}

package app.fiv.joblist;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobListQuery;
import app.fiv.api.JobSummary;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.JobListQuirk;
import app.fiv.demo.RecordedRequest;
import app.fiv.session.SessionKeeper;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.PagingCommServe;
import app.fiv.testing.TestClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The job list over real HTTP: the demo's history and its paging quirks, and servers that page by one means only. */
class JobListerHttpTest {
    static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");
    private static final JobListQuery LAST_DAY = new JobListQuery(86_400, false, OptionalLong.empty());

    private final CommServeClient client = TestClients.json("lister-test");
    private final JobLister lister = new JobLister();

    private static DemoCommServe start(JobListQuirk quirk) throws Exception {
        var builder = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC));
        return (quirk == null ? builder : builder.jobListQuirk(quirk)).start();
    }

    private SessionKeeper keeper(DemoCommServe server) throws ApiException {
        return SessionKeeper.of(client, DemoLogins.logIn(client, server), Optional::empty);
    }

    private static List<RecordedRequest> jobRequests(DemoCommServe server) {
        return server.requests().stream().filter(r -> r.path().endsWith("/Job")).toList();
    }

    @Test
    void listsEveryFinishedBackupJobOfTheLastDayInTwoPages() throws Exception {
        try (DemoCommServe server = start(null)) {
            JobListing listing = lister.list(keeper(server), LAST_DAY, JobLister.Progress.NONE, CancelSignal.none());

            assertThat(listing.jobs()).hasSize(117).extracting(JobSummary::jobId).doesNotHaveDuplicates();
            assertThat(listing.complete()).isTrue();
            assertThat(jobRequests(server)).extracting(RecordedRequest::query).containsExactly(
                    "completedJobLookupTime=86400&jobCategory=Finished&limit=100&offset=0",
                    "completedJobLookupTime=86400&jobCategory=Finished&limit=100&offset=100");
            assertThat(listing.jobs()).isSortedAccordingTo(JobOrder.NEWEST_END_FIRST);
            assertThat(listing.jobs().stream().filter(JobFailures::hasFailures)).hasSize(19);
        }
    }

    @ParameterizedTest
    @EnumSource(JobListQuirk.class)
    void aServerThatPagesWronglyStillEndsWithEveryJobItSentOnce(JobListQuirk quirk) throws Exception {
        try (DemoCommServe server = start(quirk)) {
            JobListing listing = lister.list(keeper(server), LAST_DAY, JobLister.Progress.NONE, CancelSignal.none());

            assertThat(listing.jobs()).extracting(JobSummary::jobId).doesNotHaveDuplicates();
            switch (quirk) {
                case IGNORES_LIMIT -> {
                    assertThat(listing.jobs()).hasSize(117);
                    assertThat(jobRequests(server)).hasSize(1);
                }
                case SHORT_PAGES -> {
                    assertThat(listing.jobs()).hasSize(117);
                    // Asked for at once: in any order.
                    assertThat(jobRequests(server)).extracting(r -> r.header("offset")).containsExactlyInAnyOrder("0", "50", "100");
                }
                case EMPTY_JOBS -> {
                    assertThat(listing.jobs()).isEmpty();
                    assertThat(listing.complete()).isFalse();
                    assertThat(listing.missing()).isEqualTo(117);
                    assertThat(jobRequests(server)).hasSize(1);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PagingCommServe.Paging.class)
    void pagesReadTheSameWhetherTheServerReadsHeadersOrParameters(PagingCommServe.Paging paging) throws Exception {
        try (PagingCommServe server = new PagingCommServe(250, paging)) {
            SessionKeeper keeper = SessionKeeper.of(client, new Session(server.webService(), "admin", "token"), Optional::empty);

            JobListing listing = lister.list(keeper, LAST_DAY, JobLister.Progress.NONE, CancelSignal.none());

            assertThat(server.pagesAsked()).containsExactlyInAnyOrder("0/100", "100/100", "200/100");
            assertThat(listing.jobs()).hasSize(250).extracting(JobSummary::jobId).doesNotHaveDuplicates();
        }
    }

    @Test
    void tenThousandJobsInAHundredPages() throws Exception {
        try (DemoCommServe server = DemoCommServe.builder().scaleHistory().start()) {
            int[] pages = new int[1];
            JobListing listing = lister.list(keeper(server), LAST_DAY, (listed, total) -> pages[0]++, CancelSignal.none());

            assertThat(listing.jobs()).hasSize(10_000).extracting(JobSummary::jobId).doesNotHaveDuplicates();
            assertThat(pages[0]).isEqualTo(100);
            assertThat(jobRequests(server)).hasSize(100);
        }
    }

    @Test
    void aTokenThatExpiresMidListIsRenewedAndTheListGoesOn() throws Exception {
        try (DemoCommServe server = start(null)) {
            SessionKeeper keeper = keeper(server);
            Session first = keeper.current();

            JobListing listing = lister.list(keeper, LAST_DAY, (listed, total) -> {
                if (listed == 100) {
                    server.expireAllTokens();
                }
            }, CancelSignal.none());

            assertThat(listing.jobs()).hasSize(117);
            assertThat(keeper.current()).isNotEqualTo(first);
            assertThat(server.requests()).anyMatch(r -> r.path().endsWith("/RenewLoginToken"));
        }
    }

    @Test
    void namedClientsAreLookedUpAndOnlyTheirJobsAskedFor() throws Exception {
        try (DemoCommServe server = start(null)) {
            JobListFilter filter = new JobListFilter(Lookback.DEFAULT, false, false, List.of("FS-WIN01", "fs-win02"));

            FilteredJobs jobs = lister.list(keeper(server), filter, JobLister.Progress.NONE, CancelSignal.none());

            assertThat(server.requests()).anyMatch(r -> r.path().endsWith("/Client"));
            assertThat(jobRequests(server)).extracting(RecordedRequest::query)
                    .allMatch(query -> query.contains("&clientId=301&") || query.contains("&clientId=302&"));
            assertThat(jobs.kept()).isNotEmpty().allSatisfy(job -> assertThat(job.clientName()).isIn("fs-win01", "fs-win02"));
            assertThat(jobs.kept()).extracting(JobSummary::clientName).contains("fs-win01", "fs-win02");
            assertThat(jobs.kept()).isSortedAccordingTo(JobOrder.NEWEST_END_FIRST);
            assertThat(jobs.unknownClients()).isEmpty();
        }
    }

    @Test
    void aNameTheCommServeDoesNotKnowMeansTheWholeListFilteredByName() throws Exception {
        try (DemoCommServe server = start(null)) {
            JobListFilter filter = new JobListFilter(Lookback.DEFAULT, false, true, List.of("fs-win01", "fs-win99"));

            FilteredJobs jobs = lister.list(keeper(server), filter, JobLister.Progress.NONE, CancelSignal.none());

            assertThat(jobRequests(server)).isNotEmpty().noneMatch(r -> r.query().contains("clientId"));
            assertThat(jobs.kept()).extracting(JobSummary::jobId).containsExactly(41739L, 41742L);
            assertThat(jobs.unknownClients()).containsExactly("fs-win99");
        }
    }

    @Test
    void aClientListThatCannotBeReadStillFiltersByName() throws Exception {
        try (PagingCommServe server = new PagingCommServe(30, PagingCommServe.Paging.PARAMETERS_ONLY)) {
            server.clientStatus(403);
            SessionKeeper keeper = SessionKeeper.of(client, new Session(server.webService(), "admin", "token"), Optional::empty);

            FilteredJobs jobs = lister.list(keeper, new JobListFilter(Lookback.DEFAULT, false, false, List.of("fs-1")),
                    JobLister.Progress.NONE, CancelSignal.none());

            assertThat(jobs.clientsProblem()).get().asString().contains("403").contains("No permission to view clients.");
            assertThat(jobs.kept()).hasSize(10).allSatisfy(job -> assertThat(job.clientName()).isEqualTo("fs-1"));
        }
    }
}

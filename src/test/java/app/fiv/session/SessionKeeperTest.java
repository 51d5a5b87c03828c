package app.fiv.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobSummary;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renewing a token, once, for every call that meets the 401, and announcing the new one before it is used. */
class SessionKeeperTest {
    private DemoCommServe demo;
    private CommServeClient client;

    @BeforeEach
    void start() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("keeper-test");
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private long renewals() {
        return demo.requests().stream().filter(r -> r.path().endsWith("/RenewLoginToken")).count();
    }

    @Test
    void callsThatMeetA401TogetherWaitForOneRenewalAndUseItsToken() throws Exception {
        Session first = DemoLogins.logIn(client, demo);
        SessionKeeper keeper = SessionKeeper.of(client, first, PasswordSource.none());
        List<Session> announced = Collections.synchronizedList(new ArrayList<>());
        keeper.onRenewed((old, fresh) -> announced.add(fresh));
        demo.expireAllTokens();
        int calls = 6;
        CountDownLatch together = new CountDownLatch(calls);
        ExecutorService threads = Executors.newFixedThreadPool(calls);
        try {
            List<Future<JobSummary>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                results.add(threads.submit(() -> {
                    together.countDown();
                    together.await(5, TimeUnit.SECONDS);
                    return keeper.call((c, s) -> c.jobSummary(s, DemoJobs.LIST_SAMPLE, CancelSignal.none()),
                            CancelSignal.none());
                }));
            }
            for (Future<JobSummary> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS).jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(renewals()).as("renewing ends the old token, so only one call may do it").isEqualTo(1);
        assertThat(announced).singleElement().isSameAs(keeper.current());
        assertThat(keeper.current().token()).isNotEqualTo(first.token());
    }

    @Test
    void theNewSessionIsAnnouncedBeforeTheRetriedCallRuns() throws Exception {
        Session first = DemoLogins.logIn(client, demo);
        SessionKeeper keeper = SessionKeeper.of(client, first, PasswordSource.none());
        List<String> order = new ArrayList<>();
        keeper.onRenewed((old, fresh) -> order.add("renewed " + (old == first)));
        demo.expireAllTokens();

        keeper.call((c, s) -> {
            order.add(s == first ? "call with the old token" : "call with the new token");
            return c.jobSummary(s, DemoJobs.LIST_SAMPLE, CancelSignal.none());
        }, CancelSignal.none());

        assertThat(order).containsExactly("call with the old token", "renewed true", "call with the new token");
    }
}

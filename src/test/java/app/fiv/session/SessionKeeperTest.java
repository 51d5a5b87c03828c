package app.fiv.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Credential;
import app.fiv.api.JobSummary;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Renewing a token or an access token pair, once, for every call that meets the 401, and announcing
 * the new one before it is used; a refused pair renewal ends there.
 */
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

    private Session accessTokenSession() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        return client.accessTokenSession(ServerAddress.of(demo.webServiceUrl()),
                new Credential.AccessToken(pair.accessToken(), pair.refreshToken()), CancelSignal.none());
    }

    @Test
    void concurrentCallsThatMeetA401RenewAnAccessTokenPairOnceAndNeverSendTheOldOneAgain() throws Exception {
        Session first = accessTokenSession();
        SessionKeeper keeper = SessionKeeper.of(client, first, PasswordSource.none());
        List<Session> announced = Collections.synchronizedList(new ArrayList<>());
        keeper.onRenewed((old, fresh) -> announced.add(fresh));
        demo.expireAccessTokens();
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

        assertThat(demo.accessTokenRenewals()).as("a second renewal of the same pair would revoke the chain").isEqualTo(1);
        assertThat(demo.revokedTokenChains()).isZero();
        assertThat(announced).singleElement().isSameAs(keeper.current());
        List<RecordedRequest> requests = demo.requests();
        int renewal = indexOfLast(requests, "/V4/AccessToken/Renew");
        List<String> after = requests.subList(renewal + 1, requests.size()).stream().map(r -> r.header("Authorization")).toList();
        // A call already on its way may still arrive with the old access token (and meet a 401); every retry has the new one.
        assertThat(after).allSatisfy(sent -> assertThat(sent).isIn("Bearer " + first.token(), "Bearer " + keeper.current().token()));
        assertThat(after.stream().filter(("Bearer " + keeper.current().token())::equals)).hasSize(calls);
        assertThat(requests.stream().filter(r -> r.path().endsWith("/V4/AccessToken/Renew")))
                .as("the old pair is renewed once, never again").hasSize(1);
    }

    @Test
    void aRefusedAccessTokenRenewalIsTheEndWithNoPasswordLoginAfterIt() throws Exception {
        Session first = accessTokenSession();
        SessionKeeper keeper = SessionKeeper.of(client, first, () -> Optional.of(DemoCommServe.PASSWORD.toCharArray()));
        demo.expireAccessTokens();
        demo.reachRenewableLimit();

        assertThatThrownBy(() -> keeper.call((c, s) -> c.jobSummary(s, DemoJobs.LIST_SAMPLE, CancelSignal.none()),
                CancelSignal.none())).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.isSessionRejected()).isTrue();
                    assertThat(e.getMessage()).startsWith("This access token can no longer be renewed")
                            .contains("Users → demo → Access tokens");
                });
        assertThat(demo.loginCount()).as("a password login would be another user's session").isZero();
        assertThat(keeper.current()).isSameAs(first);
    }

    @Test
    void aKeeperRenewsInItsOwnWayWhenGivenOne() throws Exception {
        Session first = DemoLogins.logIn(client, demo);
        List<String> renewedBy = new ArrayList<>();
        SessionKeeper keeper = SessionKeeper.of(Clients.of(client), first, PasswordSource.none(), (c, expired, cancel) -> {
            renewedBy.add("own renewal of " + (expired == first));
            return c.renew(expired, cancel);
        });
        demo.expireAllTokens();

        keeper.call((c, s) -> c.jobSummary(s, DemoJobs.LIST_SAMPLE, CancelSignal.none()), CancelSignal.none());

        assertThat(renewedBy).containsExactly("own renewal of true");
        assertThat(renewals()).isEqualTo(1);
    }

    private static int indexOfLast(List<RecordedRequest> requests, String pathEnd) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).path().endsWith(pathEnd)) {
                return i;
            }
        }
        throw new AssertionError("no request to " + pathEnd);
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

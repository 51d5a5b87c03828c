package app.fiv.demo;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A small local stand-in for a Commvault CommServe web service over real HTTP: Login,
 * RenewLoginToken, Logout, WhoAmI, access tokens ({@code Authorization: Bearer},
 * {@code V4/AccessToken/Renew}), {@code GET Job} (the job list), {@code GET Client},
 * {@code GET Job/{id}}, {@code GET Job/{id}/FailedItems}, {@code POST JobDetails},
 * {@code GET Events} and {@code POST Job/{id}/action/Resubmit}, with the data sets of
 * {@link DemoJobs} and a job history placed before the server's start (IDs from 40000). It follows
 * the documented API strictly (Base64 passwords, XML unless JSON is asked for, errors inside
 * HTTP 200...) so that client mistakes show up here first.
 *
 * <p>Listens on 127.0.0.1 only and serves the API under {@code /commandcenter/api},
 * {@code /webconsole/api} and {@code /SearchSvc/CVWebService.svc}.
 */
public final class DemoCommServe implements AutoCloseable {

    /** The demo user name, shown in the app's login dialog. */
    public static final String USER = "demo";
    /** The demo password (clients send it Base64-encoded, as for a real CommServe). */
    public static final String PASSWORD = "failed-items";

    /** Threads answering requests; stalls hold none of them (see {@link StalledExchanges}). */
    static final int THREADS = 4;
    /** The JDK server's switch for TCP_NODELAY on its connections. */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK's server sends the head and a small body as two packets. With Nagle's algorithm on,
        // the second waits for the client's delayed ACK: about 40 ms a request on a kept-alive
        // connection (48 ms against 3 ms measured with java.net.http). The JDK reads the switch once,
        // when its first server is made, so it is set here, before the first demo server is made.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final String scheme;
    private final ExecutorService executor;
    private final TokenStore tokens;
    private final AccessTokens accessTokens;
    private final JobCatalog catalog;
    private final RequestLog requestLog;
    private final StalledExchanges stalls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoCommServe(HttpServer server, String scheme, ExecutorService executor, TokenStore tokens,
                          AccessTokens accessTokens, JobCatalog catalog, RequestLog requestLog, StalledExchanges stalls) {
        this.server = server;
        this.scheme = scheme;
        this.executor = executor;
        this.tokens = tokens;
        this.accessTokens = accessTokens;
        this.catalog = catalog;
        this.requestLog = requestLog;
        this.stalls = stalls;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static DemoCommServe start() throws IOException {
        return builder().start();
    }

    /** Starts on the given port of 127.0.0.1 ({@code 0} picks a free one). */
    public static DemoCommServe start(int port) throws IOException {
        return builder().port(port).start();
    }

    /** Options for a server unlike the standard one (a clock, another history, paging quirks, an older CommServe). */
    public static DemoCommServeBuilder builder() {
        return new DemoCommServeBuilder();
    }

    /** Test hook: a server on a free port whose stalling jobs give up after {@code limit} instead of 5 minutes. */
    static DemoCommServe startWithStallLimit(Duration limit) throws IOException {
        return builder().stallLimit(limit).start();
    }

    /**
     * Starts on a free port of 127.0.0.1 speaking HTTPS with the given context's key (a test's
     * self-signed or CA-signed certificate), for clients' certificate checks.
     */
    public static DemoCommServe startHttps(SSLContext context) throws IOException {
        return startHttps(context, 0);
    }

    /**
     * As {@link #startHttps(SSLContext)} on a given port ({@code 0} picks a free one): a test restarts
     * the "same" server with another certificate, as when a CommServe's certificate is replaced.
     */
    public static DemoCommServe startHttps(SSLContext context, int port) throws IOException {
        return builder().port(port).https(context).start();
    }

    static DemoCommServe serve(HttpServer server, String scheme, JobCatalog catalog, AccessTokens accessTokens,
                               JobListQuirk quirk, boolean jobActions, Duration stallLimit) {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        TokenStore tokens = new TokenStore();
        RequestLog requestLog = new RequestLog();
        StalledExchanges stalls = new StalledExchanges(stallLimit);
        CommServeApi api = new CommServeApi(tokens, accessTokens, catalog, quirk, jobActions);
        server.createContext("/", new DemoHttpHandler(requestLog, api, stalls));
        server.setExecutor(executor);
        server.start();
        return new DemoCommServe(server, scheme, executor, tokens, accessTokens, catalog, requestLog, stalls);
    }

    /** The web service URL a client is configured with, e.g. {@code http://127.0.0.1:PORT/commandcenter/api}. */
    public URI webServiceUrl() {
        return URI.create(baseUrl() + WebServiceRoots.COMMAND_CENTER);
    }

    /** {@code http://127.0.0.1:PORT} (or https), without a trailing slash. */
    public URI baseUrl() {
        return URI.create(scheme + "://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Test hook: every token issued so far, session tokens and access tokens alike, gets 401 from
     * now on, but can still be renewed.
     */
    public void expireAllTokens() {
        tokens.expireAll();
        accessTokens.expireAll();
    }

    /**
     * A new access token and refresh token of the demo user, as created in Command Center: the
     * access token works as {@code Authorization: Bearer} for 30 minutes of the server's clock, and
     * the pair renews with {@code POST V4/AccessToken/Renew}.
     */
    public AccessTokenPair issueAccessToken() {
        return accessTokens.issue();
    }

    /** Test hook: every access token issued so far gets 401 from now on; each pair can still be renewed. */
    public void expireAccessTokens() {
        accessTokens.expireAll();
    }

    /** Test hook: every access token pair issued so far is past its renewable limit, so renewing it is refused. */
    public void reachRenewableLimit() {
        accessTokens.reachRenewableLimit();
    }

    /** Test hook: number of successful access token renewals so far. */
    public int accessTokenRenewals() {
        return accessTokens.renewals();
    }

    /** Test hook: number of token chains revoked so far because an already renewed pair was renewed again. */
    public int revokedTokenChains() {
        return accessTokens.revokedChains();
    }

    /** Test hook: every resubmitted job still running (or suspended) finishes now. */
    public void finishResubmittedJobs() {
        catalog.resubmitted().finishAll(catalog.now());
    }

    /** Test hook: when disabled, RenewLoginToken answers 401 for every token. */
    public void setRenewalEnabled(boolean enabled) {
        tokens.setRenewalEnabled(enabled);
    }

    /** Test hook: number of successful logins so far. */
    public int loginCount() {
        return tokens.loginCount();
    }

    /** Test hook: the requests received so far, oldest first (the last {@value RequestLog#CAPACITY} at most). */
    public List<RecordedRequest> requests() {
        return requestLog.snapshot();
    }

    /** The jobs this server knows (for its start-up text and tests). */
    JobCatalog catalog() {
        return catalog;
    }

    /** Test hook: how many connections stalling jobs hold open right now. */
    int stalledConnections() {
        return stalls.size();
    }

    /** Stops at once, ending stalls and cutting off responses still being sent, and frees the port. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stalls.close();
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * Runs a demo server until the process is killed: {@code [--port N]} (default: a free port)
     * {@code [--print-access-token]} (an access token pair as the first line of stdout).
     */
    public static void main(String[] args) {
        DemoCommServe demo;
        DemoCommServeArgs options;
        try {
            options = DemoCommServeArgs.parse(args);
            demo = start(options.port());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(DemoCommServeArgs.USAGE);
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println("Demo CommServe could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "demo-commserve-shutdown"));
        if (options.printAccessToken()) {
            System.out.println(demo.issueAccessToken().toJson());
        }
        System.out.println("Demo CommServe is running.");
        System.out.println("  Web service URL: " + demo.webServiceUrl());
        System.out.println("  Also served under: "
                + String.join(", ", WebServiceRoots.ALL.subList(1, WebServiceRoots.ALL.size())));
        System.out.println("  User:     " + USER);
        System.out.println("  Password: " + PASSWORD);
        System.out.println("  Jobs: 1001-1014, fault modes 2001-2021, hostile answers 2022-2028 (4040 does not exist). Stop with Ctrl+C.");
        StartupText.more(demo.catalog(), options.printAccessToken()).forEach(System.out::println);
        System.out.flush();
        try {
            new CountDownLatch(1).await(); // the HTTP threads are daemons; this keeps the JVM alive
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            demo.close();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "demo-commserve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

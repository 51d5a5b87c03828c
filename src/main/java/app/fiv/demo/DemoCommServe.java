package app.fiv.demo;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
 * A small local stand-in for a Commvault CommServe web service: Login, RenewLoginToken, Logout,
 * WhoAmI, {@code GET /Job/{id}} and {@code GET /Job/{id}/FailedItems} over real HTTP, with the data
 * sets of {@link DemoJobs}. It follows the documented API strictly (Base64 passwords, XML unless
 * JSON is asked for, errors inside HTTP 200...) so that client mistakes show up here first.
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
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final HttpServer server;
    private final String scheme;
    private final ExecutorService executor;
    private final TokenStore tokens;
    private final RequestLog requestLog;
    private final StalledExchanges stalls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoCommServe(HttpServer server, String scheme, ExecutorService executor, TokenStore tokens,
                          RequestLog requestLog, StalledExchanges stalls) {
        this.server = server;
        this.scheme = scheme;
        this.executor = executor;
        this.tokens = tokens;
        this.requestLog = requestLog;
        this.stalls = stalls;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static DemoCommServe start() throws IOException {
        return start(0);
    }

    /** Starts on the given port of 127.0.0.1 ({@code 0} picks a free one). */
    public static DemoCommServe start(int port) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return serve(HttpServer.create(loopback(port), 0), "http", StalledExchanges.DEFAULT_LIMIT);
    }

    /** Test hook: a server on a free port whose stalling jobs give up after {@code limit} instead of 5 minutes. */
    static DemoCommServe startWithStallLimit(Duration limit) throws IOException {
        return serve(HttpServer.create(loopback(0), 0), "http", limit);
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
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        HttpsServer server = HttpsServer.create(loopback(port), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        return serve(server, "https", StalledExchanges.DEFAULT_LIMIT);
    }

    private static InetSocketAddress loopback(int port) throws IOException {
        return new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port);
    }

    private static DemoCommServe serve(HttpServer server, String scheme, Duration stallLimit) {
        DemoJobRegistry jobs = DemoJobRegistry.standard(); // built before listening, so no request waits for it
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        TokenStore tokens = new TokenStore();
        RequestLog requestLog = new RequestLog();
        StalledExchanges stalls = new StalledExchanges(stallLimit);
        server.createContext("/", new DemoHttpHandler(requestLog, new CommServeApi(tokens, jobs), stalls));
        server.setExecutor(executor);
        server.start();
        return new DemoCommServe(server, scheme, executor, tokens, requestLog, stalls);
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

    /** Test hook: every token issued so far gets 401 from now on, but can still be renewed. */
    public void expireAllTokens() {
        tokens.expireAll();
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

    /** Runs a demo server until the process is killed: {@code [--port N]} (default: a free port). */
    public static void main(String[] args) {
        DemoCommServe demo;
        try {
            demo = start(DemoCommServeArgs.port(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -cp <classpath> app.fiv.demo.DemoCommServe [--port N]");
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println("Demo CommServe could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "demo-commserve-shutdown"));
        System.out.println("Demo CommServe is running.");
        System.out.println("  Web service URL: " + demo.webServiceUrl());
        System.out.println("  Also served under: "
                + String.join(", ", WebServiceRoots.ALL.subList(1, WebServiceRoots.ALL.size())));
        System.out.println("  User:     " + USER);
        System.out.println("  Password: " + PASSWORD);
        System.out.println("  Jobs: 1001-1014, fault modes 2001-2021, hostile answers 2022-2028 (4040 does not exist). Stop with Ctrl+C.");
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

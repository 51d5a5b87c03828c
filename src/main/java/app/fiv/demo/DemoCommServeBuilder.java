package app.fiv.demo;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Options of a demo server, for tests and benchmarks that need one unlike the standard
 * ({@link DemoCommServe#start()}): a clock, another history, a {@code GET Job} that pages wrongly,
 * an older CommServe without JobDetails/Events/Resubmit. Start it with {@link #start()}.
 */
public final class DemoCommServeBuilder {

    /** How long a resubmitted job runs unless set otherwise: long enough to see it running, short enough to wait for. */
    public static final Duration DEFAULT_RESUBMITTED_RUN_TIME = Duration.ofSeconds(30);
    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private int port;
    private SSLContext tls;
    private Clock clock = Clock.systemUTC();
    private HistoryPlan history = HistoryPlan.standard();
    private JobListQuirk quirk;
    private boolean jobActions = true;
    private Duration resubmittedRunTime = DEFAULT_RESUBMITTED_RUN_TIME;
    private Duration stallLimit = StalledExchanges.DEFAULT_LIMIT;

    DemoCommServeBuilder() {
    }

    /** The port of 127.0.0.1 to listen on; 0 (the default) picks a free one. */
    public DemoCommServeBuilder port(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
        return this;
    }

    /** HTTPS with the given context's key instead of HTTP. */
    public DemoCommServeBuilder https(SSLContext context) {
        this.tls = Objects.requireNonNull(context);
        return this;
    }

    /**
     * The clock of the server: its history is placed before {@code clock.instant()} at start, and
     * "now" of every request (lookbacks, running jobs, token expiry) is read from it. A test can
     * pass a fixed or a movable clock. Default: the system clock (UTC).
     */
    public DemoCommServeBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /**
     * Instead of the standard history: 10,000 backup jobs of 200 file servers ({@code fs-scale-001}
     * to {@code fs-scale-200}, client IDs 5001-5200), job IDs 40000-49999, all finished within the
     * last 24 hours, one in six with a few failed items: 100 full pages of {@code GET Job}.
     */
    public DemoCommServeBuilder scaleHistory() {
        this.history = HistoryPlan.scale();
        return this;
    }

    /** A {@code GET Job} that pages wrongly in the given way. */
    public DemoCommServeBuilder jobListQuirk(JobListQuirk quirk) {
        this.quirk = Objects.requireNonNull(quirk);
        return this;
    }

    /**
     * A CommServe of an older service pack: {@code JobDetails}, {@code Events} and
     * {@code Job/{id}/action/Resubmit} get the web server's HTML 404 page, like any unknown path.
     */
    public DemoCommServeBuilder withoutJobActions() {
        this.jobActions = false;
        return this;
    }

    /** How long a resubmitted job runs before it finishes; {@link Duration#ZERO} finishes it at once. */
    public DemoCommServeBuilder resubmittedJobsRunFor(Duration runTime) {
        if (runTime.isNegative()) {
            throw new IllegalArgumentException("run time must not be negative: " + runTime);
        }
        this.resubmittedRunTime = runTime;
        return this;
    }

    /** Stalling jobs give up after {@code limit} instead of 5 minutes. */
    DemoCommServeBuilder stallLimit(Duration limit) {
        this.stallLimit = limit;
        return this;
    }

    public DemoCommServe start() throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port);
        HttpServer server;
        if (tls == null) {
            server = HttpServer.create(address, 0);
        } else {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        // The job catalog is built before listening, so no request waits for it.
        JobCatalog catalog = new JobCatalog(DemoJobRegistry.standard(), history, clock, new ResubmittedJobs(resubmittedRunTime));
        return DemoCommServe.serve(server, tls == null ? "http" : "https", catalog, new AccessTokens(clock),
                quirk, jobActions, stallLimit);
    }
}

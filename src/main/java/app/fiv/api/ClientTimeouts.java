package app.fiv.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the client waits on a server before giving up, at each stage of a call.
 *
 * @param connect how long to wait for the connection (TCP and TLS) to be set up
 * @param answer  how long to wait, once the request is sent, for the server to start answering;
 *                a CommServe gathering a big job's failed items can take a while
 * @param stall   the longest silence allowed while an answer streams in; a big answer may take
 *                minutes in total, so there is no limit on the whole, only on a pause
 */
public record ClientTimeouts(Duration connect, Duration answer, Duration stall) {
    public static final Duration MIN = Duration.ofSeconds(1);
    public static final Duration MAX = Duration.ofHours(1);
    public static final long DEFAULT_CONNECT_SECONDS = 10;
    public static final long DEFAULT_ANSWER_SECONDS = 120;
    public static final long DEFAULT_STALL_SECONDS = 60;
    public static final ClientTimeouts DEFAULTS =
            ofSeconds(DEFAULT_CONNECT_SECONDS, DEFAULT_ANSWER_SECONDS, DEFAULT_STALL_SECONDS);

    public ClientTimeouts {
        check(connect, "connect");
        check(answer, "answer");
        check(stall, "stall");
    }

    /** From whole seconds, as settings and the command line give them. */
    public static ClientTimeouts ofSeconds(long connect, long answer, long stall) {
        return new ClientTimeouts(Duration.ofSeconds(connect), Duration.ofSeconds(answer), Duration.ofSeconds(stall));
    }

    private static void check(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("The " + name + " timeout must be between " + MIN.toSeconds()
                    + " and " + MAX.toSeconds() + " seconds, not " + value.toSeconds() + ".");
        }
    }
}

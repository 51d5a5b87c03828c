package app.fiv.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent requests of one server. Bounded, because the app may leave the demo server
 * running for hours while tests only ever look at a handful.
 */
final class RequestLog {

    static final int CAPACITY = 10_000;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    synchronized void record(RecordedRequest request) {
        if (requests.size() == CAPACITY) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }
}

package app.fiv.demo;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Big failed-items answers as sent once, kept in memory so that later requests for the same job
 * and format are written at loopback speed with a Content-Length instead of being generated again.
 *
 * <p>Shared by every server of the JVM, like the data sets. Only answers of at least
 * {@link #MIN_BYTES} are kept (small ones are generated faster than they are looked up), and only
 * through soft references: the app runs the demo in its own process, and when its heap gets tight
 * the garbage collector may drop a kept answer, which is then generated again on its next request.
 */
final class RenderedAnswers {

    static final int MIN_BYTES = 1 << 20;

    private record Key(FailedItemsBody body, ResponseFormat format) {
    }

    private static final Map<Key, SoftReference<RenderedBytes>> ANSWERS = new ConcurrentHashMap<>();

    private RenderedAnswers() {
    }

    static Optional<RenderedBytes> find(FailedItemsBody body, ResponseFormat format) {
        SoftReference<RenderedBytes> kept = ANSWERS.get(new Key(body, format));
        return Optional.ofNullable(kept == null ? null : kept.get());
    }

    /** Keeps a complete answer if it is big enough to be worth it. */
    static void keep(FailedItemsBody body, ResponseFormat format, RenderedBytes answer) {
        if (answer.length() >= MIN_BYTES) {
            ANSWERS.put(new Key(body, format), new SoftReference<>(answer));
        }
    }

    /** Test hook: forgets every kept answer. */
    static void clear() {
        ANSWERS.clear();
    }
}

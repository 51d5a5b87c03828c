package app.fiv.demo;

import java.io.InterruptedIOException;

/** The wait of a slow data set; an interrupted server thread stops sending. */
final class Pacing {
    private Pacing() {
    }

    static void sleep(long millis) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("slow demo body interrupted");
        }
    }
}

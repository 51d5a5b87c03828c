package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StallGuardTest {

    @Test
    @Timeout(10)
    void aReadThatGetsNothingForLongerThanTheLimitFails() throws Exception {
        SilentUntilClosed silent = new SilentUntilClosed();
        try (StallGuard guard = new StallGuard(silent, Duration.ofMillis(200))) {
            assertThatThrownBy(() -> guard.read(new byte[16], 0, 16))
                    .isInstanceOf(StallGuard.StalledException.class)
                    .hasMessage("nothing arrived for 0 s");
        }
    }

    /** Like a network body: a blocked read wakes with an error when the stream is closed. */
    private static final class SilentUntilClosed extends InputStream {
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public int read() throws IOException {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("closed");
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @Test
    @Timeout(10)
    void timeSpentOutsideReadsDoesNotCountAndDataKeepsItAlive() throws Exception {
        PipedOutputStream server = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(server);
        try (StallGuard guard = new StallGuard(in, Duration.ofMillis(300))) {
            for (int i = 0; i < 4; i++) {
                server.write(i);
                server.flush();
                assertThat(guard.read()).isEqualTo(i);
                // A slow consumer: well past the limit, but not while waiting on the server.
                Thread.sleep(500);
            }
            server.close();
            assertThat(guard.read()).isEqualTo(-1);
        }
    }
}

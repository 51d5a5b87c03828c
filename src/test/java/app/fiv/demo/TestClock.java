package app.fiv.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on. */
final class TestClock extends Clock {

    /** The instant the history tests place their servers at: a Tuesday morning, 06:30 UTC. */
    static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");

    private volatile Instant now;

    TestClock(Instant now) {
        this.now = now;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

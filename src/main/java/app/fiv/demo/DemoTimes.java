package app.fiv.demo;

import java.time.Instant;

/** Builds job start/end times from readable UTC timestamps, so the data sets say when their jobs ran. */
final class DemoTimes {

    private DemoTimes() {
    }

    static Instant at(String isoUtc) {
        return Instant.parse(isoUtc);
    }
}

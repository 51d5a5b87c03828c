package app.fiv.demo;

import java.time.Duration;

/**
 * When the history's jobs ran, as time before the server started: fifteen nights (0 the oldest,
 * {@link #LATEST_NIGHT} last night), whose backups begin nine hours before the start, so that the
 * last 24 hours hold exactly one night whatever the time of day.
 */
final class HistoryTimes {

    static final int NIGHTS = 15;
    static final int LATEST_NIGHT = NIGHTS - 1;
    /** Hours before the start at which the latest night's schedule begins. */
    private static final int LATEST_NIGHT_BEGINS = 9;

    private HistoryTimes() {
    }

    /** The start of night {@code night}'s job that is scheduled {@code minutes} after the night begins. */
    static Duration night(int night, int minutes) {
        return Duration.ofHours((long) (LATEST_NIGHT - night) * 24 + LATEST_NIGHT_BEGINS).minusMinutes(minutes);
    }

    static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}

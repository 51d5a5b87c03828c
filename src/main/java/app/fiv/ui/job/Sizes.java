package app.fiv.ui.job;

import java.util.Locale;

/** Byte counts and durations as people read them. */
public final class Sizes {
    private Sizes() {
    }

    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 row", "2 rows", "1,000,000 rows". */
    public static String rows(long n) {
        return count(n) + (n == 1 ? " row" : " rows");
    }

    public static String seconds(java.time.Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}

package app.fiv.ui.main;

import app.fiv.settings.AppSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The job IDs fetched recently from each server, newest first, kept in the app's settings. */
final class RecentJobs {
    static final int MAX = 20;

    private final AppSettings settings;

    RecentJobs(AppSettings settings) {
        this.settings = settings;
    }

    List<String> of(URI server) {
        return settings.get(key(server))
                .map(value -> Arrays.stream(value.split(",")).filter(id -> id.matches("[0-9]{1,10}")).toList())
                .orElse(List.of());
    }

    List<String> add(URI server, long jobId) {
        String id = Long.toString(jobId);
        List<String> recent = new ArrayList<>(MAX);
        recent.add(id);
        for (String earlier : of(server)) {
            if (recent.size() < MAX && !earlier.equals(id)) {
                recent.add(earlier);
            }
        }
        settings.put(key(server), String.join(",", recent));
        return List.copyOf(recent);
    }

    /** Preference keys are short; a name derived from the address stands in for it. */
    private static String key(URI server) {
        byte[] address = server.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return "recentJobs." + UUID.nameUUIDFromBytes(address);
    }
}

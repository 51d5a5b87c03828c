package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET Events}: the events of one job ({@code jobId}, as cvpysdk asks for them), or of every
 * job between {@code fromTime} and {@code toTime} (Unix seconds; by default the last 24 hours),
 * optionally of one {@code clientId}; {@code showInfo}, {@code showMinor}, {@code showMajor} and
 * {@code showCritical} ({@code true} unless set to {@code false}) choose severities 0, 3, 6 and 9.
 * Newest first; no {@code commservEvents} key when there are none (as for an unknown job).
 */
final class EventsEndpoint {

    static final String XML_ROOT = "EvGui_GetEventsResp";
    private static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    private record Found(JobEvents.Event event, JobSummary job) {
    }

    private final JobCatalog catalog;

    EventsEndpoint(JobCatalog catalog) {
        this.catalog = catalog;
    }

    ApiResponse events(ApiRequest request) {
        QueryString query = request.query();
        try {
            Optional<Long> jobId = number(query, "jobId");
            Optional<Long> clientId = number(query, "clientId");
            Instant now = catalog.now();
            Optional<Long> from = number(query, "fromTime");
            Optional<Long> to = number(query, "toTime");
            Instant fromTime = from.map(Instant::ofEpochSecond)
                    .orElse(jobId.isPresent() ? Instant.MIN : now.minus(DEFAULT_SPAN));
            Instant toTime = to.map(Instant::ofEpochSecond).orElse(jobId.isPresent() ? Instant.MAX : now);
            boolean[] shown = {flag(query, "showInfo"), flag(query, "showMinor"), flag(query, "showMajor"),
                    flag(query, "showCritical")};
            List<DemoJob> jobs = jobId.isPresent()
                    ? catalog.find(jobId.get()).map(List::of).orElse(List.of())
                    : catalog.all();
            List<Found> found = new ArrayList<>();
            for (DemoJob job : jobs) {
                if (clientId.isPresent() && clientId.get() != job.summary().origin().clientId()) {
                    continue;
                }
                for (JobEvents.Event event : JobEvents.of(job)) {
                    if (shown[event.severity() / 3] && !event.time().isBefore(fromTime) && !event.time().isAfter(toTime)) {
                        found.add(new Found(event, job.summary()));
                    }
                }
            }
            found.sort(Comparator.comparing((Found f) -> f.event().time()).thenComparing(f -> f.event().id()).reversed());
            ObjectNode answer = Json.object();
            if (!found.isEmpty()) {
                ArrayNode events = answer.putArray("commservEvents");
                found.forEach(f -> events.add(JobEvents.toJson(f.event(), f.job())));
            }
            return ApiResponse.structured(200, XML_ROOT, answer);
        } catch (IllegalArgumentException e) {
            return ApiErrors.badRequest(e.getMessage());
        }
    }

    private static Optional<Long> number(QueryString query, String name) {
        Optional<String> value = query.get(name).filter(v -> !v.isBlank());
        if (value.isPresent() && !value.get().trim().matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("Invalid " + name + " [" + shorten(value.get()) + "]: it must be a whole number"
                    + (name.endsWith("Time") ? " of seconds since 1970 (Unix time)." : "."));
        }
        return value.map(v -> Long.parseLong(v.trim()));
    }

    private static boolean flag(QueryString query, String name) {
        String value = query.get(name).orElse("true").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "1", "" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("Invalid " + name + " [" + shorten(value) + "]: use true or false.");
        };
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}

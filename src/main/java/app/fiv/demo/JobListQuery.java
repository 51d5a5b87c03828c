package app.fiv.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The parameters of {@code GET Job}, with the documented defaults: the past year of finished jobs
 * ({@code completedJobLookupTime} in seconds), active and finished ones ({@code jobCategory}),
 * backup jobs only when {@code jobFilter} is absent and every type when it is empty, any client.
 * Paging comes from the {@code limit} and {@code offset} request headers, as documented, or from
 * query parameters of those names, as many scripts send them; when both are sent the header counts.
 */
record JobListQuery(Duration lookback, Category category, Set<JobType> types, OptionalLong clientId, int limit, int offset) {

    static final Duration DEFAULT_LOOKBACK = Duration.ofSeconds(31_536_000);
    static final int DEFAULT_LIMIT = 100;
    /** The most jobs one page holds, whatever the limit asked for. */
    static final int MAX_LIMIT = 100;

    enum Category { ACTIVE, FINISHED, ALL }

    /** @throws IllegalArgumentException with a message for the client when a parameter is not understood */
    static JobListQuery of(ApiRequest request) {
        QueryString query = request.query();
        Duration lookback = query.get("completedJobLookupTime").filter(v -> !v.isBlank())
                .map(v -> Duration.ofSeconds(number(v, "completedJobLookupTime",
                        "a number of seconds, e.g. 86400 for the last 24 hours")))
                .orElse(DEFAULT_LOOKBACK);
        Category category = query.get("jobCategory").filter(v -> !v.isBlank()).map(JobListQuery::category).orElse(Category.ALL);
        Set<JobType> types = query.get("jobFilter").map(JobListQuery::types).orElse(EnumSet.of(JobType.BACKUP));
        OptionalLong clientId = query.get("clientId").filter(v -> !v.isBlank())
                .map(v -> OptionalLong.of(number(v, "clientId", "a client ID from GET Client")))
                .orElse(OptionalLong.empty());
        long limit = paging(request, query, "limit").orElse((long) DEFAULT_LIMIT);
        long offset = paging(request, query, "offset").orElse(0L);
        return new JobListQuery(lookback, category, types, clientId,
                (int) (limit == 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT)), (int) Math.min(offset, Integer.MAX_VALUE));
    }

    /** Whether a job is listed as of {@code now}; a finished job must have ended within the lookback (and not after now). */
    boolean matches(JobSummary job, Instant now) {
        boolean active = job.active();
        if (category == Category.ACTIVE && !active || category == Category.FINISHED && active) {
            return false;
        }
        if (!active && (job.end().isBefore(now.minus(lookback)) || job.end().isAfter(now))) {
            return false;
        }
        return types.contains(job.jobType()) && (clientId.isEmpty() || clientId.getAsLong() == job.origin().clientId());
    }

    private static Category category(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "active" -> Category.ACTIVE;
            case "finished" -> Category.FINISHED;
            case "all" -> Category.ALL;
            default -> throw new IllegalArgumentException("Invalid jobCategory [" + shown(value)
                    + "]: use Active, Finished or All.");
        };
    }

    private static Set<JobType> types(String filter) {
        Set<JobType> types = EnumSet.noneOf(JobType.class);
        if (filter.isBlank()) {
            return EnumSet.allOf(JobType.class);
        }
        for (String part : filter.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            types.addAll(JobType.parse(part).orElseThrow(() -> new IllegalArgumentException(
                    "Invalid jobFilter [" + shown(part) + "]: use job types such as " + JobType.ACCEPTED
                            + ", separated by commas.")));
        }
        return types;
    }

    private static Optional<Long> paging(ApiRequest request, QueryString query, String name) {
        String header = request.header(name);
        Optional<String> value = header != null ? Optional.of(header) : query.get(name);
        return value.map(v -> number(v, name, "a whole number of jobs, 0 or more"));
    }

    private static long number(String value, String name, String expected) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > 12 || !trimmed.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Invalid " + name + " [" + shown(value) + "]: it must be " + expected + ".");
        }
        return Long.parseLong(trimmed);
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}

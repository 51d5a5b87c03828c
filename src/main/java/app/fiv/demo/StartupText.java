package app.fiv.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the stand-alone demo server says at start about its history and access tokens. */
final class StartupText {

    private StartupText() {
    }

    static List<String> more(JobCatalog catalog, boolean accessTokenPrinted) {
        Instant now = catalog.now();
        List<DemoJob> history = catalog.all().stream().filter(job -> job.jobId() >= HistoryPlan.FIRST_JOB_ID).toList();
        long lastDay = history.stream()
                .filter(job -> job.summary().active() || !job.summary().end().isBefore(now.minus(Duration.ofHours(24))))
                .count();
        long first = history.stream().mapToLong(DemoJob::jobId).min().orElse(HistoryPlan.FIRST_JOB_ID);
        long last = history.stream().mapToLong(DemoJob::jobId).max().orElse(HistoryPlan.FIRST_JOB_ID);
        String tokens = accessTokenPrinted
                ? "  Access token: the first line above is an access token pair; send its accessToken as"
                        + " 'Authorization: Bearer <accessToken>', or save the line as tokens.json (chmod 600) for"
                        + " --token-file. It works for 30 minutes; renew it with POST V4/AccessToken/Renew."
                : "  Access token: start with --print-access-token to get a pair for 'Authorization: Bearer' or --token-file.";
        return List.of(
                "  History: " + history.size() + " jobs of the last 15 days (IDs " + first + "-" + last + "), " + lastDay
                        + " of them in the last 24 hours; list them with GET Job (resubmitted jobs from "
                        + ResubmittedJobs.FIRST_JOB_ID + ").",
                tokens);
    }
}

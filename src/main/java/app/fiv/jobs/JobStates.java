package app.fiv.jobs;

import java.util.Locale;
import java.util.Set;

/**
 * What a job's status string says about what can be done with it. Commvault publishes no table of
 * statuses; these are the active ones seen in its SDKs and consoles. Only a finished job can be
 * resubmitted.
 */
public final class JobStates {
    private static final Set<String> ACTIVE = Set.of("running", "waiting", "pending", "queued", "suspend", "suspended",
            "kill pending", "suspend pending", "interrupt pending", "system kill pending", "dangling");

    private JobStates() {
    }

    /** True for a job that has not finished yet (running, waiting, suspended...). */
    public static boolean isActive(String status) {
        return status != null && ACTIVE.contains(status.strip().toLowerCase(Locale.ROOT));
    }
}

package app.fiv.ui.jobdetails;

import app.fiv.api.JobDetails;
import app.fiv.ui.job.Sizes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** How the details and events read in the window: local times, counts with separators, a dash for "not given". */
final class DetailsTexts {
    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DetailsTexts() {
    }

    static String time(Optional<Instant> instant, ZoneId zone) {
        return instant.map(i -> TIME.format(i.atZone(zone))).orElse(NONE);
    }

    static String count(OptionalLong value) {
        return value.isPresent() ? Sizes.count(value.getAsLong()) : NONE;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    /** "Backup (Incremental)". */
    static String operation(JobDetails details) {
        String level = details.backupLevel().isBlank() ? "" : " (" + details.backupLevel() + ")";
        return text((details.operation() + level).strip());
    }

    /** "12 virtual machines · 2 failed · 1 with errors". */
    static String vmSummary(List<JobDetails.VirtualMachine> vms) {
        long failed = vms.stream().filter(vm -> vm.outcome() == app.fiv.api.VmOutcome.FAILED).count();
        long partial = vms.stream().filter(vm -> vm.outcome() == app.fiv.api.VmOutcome.PARTIAL).count();
        return Sizes.count(vms.size()) + (vms.size() == 1 ? " virtual machine" : " virtual machines")
                + (failed > 0 ? " · " + failed + " failed" : "") + (partial > 0 ? " · " + partial + " with errors" : "");
    }
}

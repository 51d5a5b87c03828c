package app.fiv.cli;

import app.fiv.api.EventSeverity;
import app.fiv.api.JobDetails;
import app.fiv.api.JobEvent;
import app.fiv.api.JobSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** {@code details --format text}: the job's details and events for a person at a terminal, local times. */
final class DetailsText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String NL = System.lineSeparator();

    private final ZoneId zone;
    private final StringBuilder out = new StringBuilder();

    DetailsText(ZoneId zone) {
        this.zone = zone;
    }

    String of(JobSummary summary, Optional<JobDetails> details, Optional<List<JobEvent>> events) {
        out.setLength(0);
        line("Job " + summary.jobId() + (summary.status().isBlank() ? "" : " — " + summary.status()));
        line(joined(labelled("Client", summary.clientName()), labelled("Subclient", summary.subclientName())));
        details.ifPresentOrElse(d -> details(d, summary.status()), () -> line("Details: not offered by this CommServe."));
        out.append(NL);
        events.ifPresentOrElse(this::events, () -> line("Events: not offered by this CommServe."));
        return out.toString();
    }

    private void details(JobDetails details, String status) {
        String kind = details.operation() + (details.backupLevel().isBlank() ? "" : " (" + details.backupLevel() + ")");
        line(joined(kind.strip(), details.state().equals(status) ? "" : labelled("State", details.state())));
        line(joined(labelled("Started by", details.startedBy()), labelled("from", details.startedFrom())));
        line(joined(labelled("Started", time(details.startTime())), labelled("ended", time(details.endTime()))));
        line(joined(labelled("Objects", count(details.objects())), labelled("transferred", count(details.filesTransferred())),
                labelled("skipped", count(details.skippedItems()))));
        if (!details.delayReason().isBlank()) {
            line("Delay reason: " + details.delayReason());
        }
        if (!details.attempts().isEmpty()) {
            out.append(NL);
            line("Attempts:");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"#", "Phase", "Status", "Started", "Ended", "Reason"});
            for (JobDetails.Attempt a : details.attempts()) {
                rows.add(new String[] {a.number() == 0 ? "" : String.valueOf(a.number()), a.phase(), a.status(),
                        time(a.startTime()), time(a.endTime()), a.reason()});
            }
            table(rows);
        }
        if (details.isVirtualMachineJob()) {
            List<JobDetails.VirtualMachine> vms = details.virtualMachines().stream()
                    .sorted(Comparator.comparing(JobDetails.VirtualMachine::outcome)
                            .thenComparing(JobDetails.VirtualMachine::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            long failed = vms.stream().filter(vm -> vm.outcome().needsAttention()).count();
            out.append(NL);
            line("Virtual machines: " + vms.size() + " (" + failed + " failed or with errors)");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"VM", "Status", "Host", "Failure reason"});
            vms.forEach(vm -> rows.add(new String[] {vm.name(), vm.outcome().label(), vm.host(), vm.failureReason()}));
            table(rows);
        }
    }

    private void events(List<JobEvent> events) {
        String counts = events.stream().collect(Collectors.groupingBy(JobEvent::severity, Collectors.counting()))
                .entrySet().stream().sorted(java.util.Map.Entry.<EventSeverity, Long>comparingByKey().reversed())
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        line("Events: " + events.size() + (events.isEmpty() ? "" : " (" + counts + ")"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Time", "Severity", "Code", "Subsystem", "Description"});
        events.forEach(e -> rows.add(new String[] {time(e.time()), e.severity().label(), e.code(), e.subsystem(),
                e.description()}));
        if (!events.isEmpty()) {
            table(rows);
        }
    }

    /** Columns padded to their widest cell, the last one as it is. */
    private void table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                widths[c] = Math.min(40, Math.max(widths[c], row[c].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder("  ");
            for (int c = 0; c < columns - 1; c++) {
                text.append(String.format("%-" + widths[c] + "s  ", row[c]));
            }
            line(text.append(row[columns - 1]).toString().stripTrailing());
        }
    }

    /** A line of text; one with nothing the server gave is left out. */
    private void line(String text) {
        if (!text.isBlank()) {
            out.append(text).append(NL);
        }
    }

    private static String joined(String... parts) {
        List<String> given = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                given.add(part);
            }
        }
        return String.join(" · ", given);
    }

    /** "Started by admin", or nothing when the server did not give the value. */
    private static String labelled(String label, String value) {
        return value.isBlank() || value.equals("-") ? "" : label + " " + value;
    }

    private String time(Optional<Instant> instant) {
        return instant.map(i -> TIME.format(i.atZone(zone))).orElse("-");
    }

    private static String count(OptionalLong value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%,d", value.getAsLong()) : "-";
    }
}

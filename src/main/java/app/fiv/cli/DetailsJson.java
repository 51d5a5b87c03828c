package app.fiv.cli;

import app.fiv.api.JobDetails;
import app.fiv.api.JobEvent;
import app.fiv.api.JobSummary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code details --format json}: one object with the job, its {@code details} and its
 * {@code events} (null when the CommServe lacks that endpoint, named in {@code unavailable}).
 * Times are ISO-8601 in UTC; a value the server did not give is null. Field names are a contract.
 */
final class DetailsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DetailsJson() {
    }

    static String of(JobSummary summary, Optional<JobDetails> details, Optional<List<JobEvent>> events) {
        ObjectNode root = MAPPER.createObjectNode()
                .put("jobId", summary.jobId())
                .put("status", summary.status())
                .put("client", summary.clientName())
                .put("subclient", summary.subclientName());
        root.set("details", details.map(DetailsJson::details).orElse(null));
        root.set("events", events.map(DetailsJson::events).orElse(null));
        ArrayNode unavailable = root.putArray("unavailable");
        if (details.isEmpty()) {
            unavailable.add("details");
        }
        if (events.isEmpty()) {
            unavailable.add("events");
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode details(JobDetails details) {
        ObjectNode json = MAPPER.createObjectNode()
                .put("startedBy", details.startedBy())
                .put("startedFrom", details.startedFrom())
                .put("operation", details.operation())
                .put("backupLevel", details.backupLevel())
                .put("state", details.state())
                .put("delayReason", details.delayReason());
        count(json, "objects", details.objects());
        count(json, "filesTransferred", details.filesTransferred());
        count(json, "skippedItems", details.skippedItems());
        time(json, "startTime", details.startTime());
        time(json, "endTime", details.endTime());
        ArrayNode attempts = json.putArray("attempts");
        for (JobDetails.Attempt attempt : details.attempts()) {
            ObjectNode entry = attempts.addObject()
                    .put("number", attempt.number())
                    .put("phase", attempt.phase())
                    .put("status", attempt.status())
                    .put("reason", attempt.reason());
            time(entry, "startTime", attempt.startTime());
            time(entry, "endTime", attempt.endTime());
        }
        ArrayNode vms = json.putArray("virtualMachines");
        for (JobDetails.VirtualMachine vm : details.virtualMachines()) {
            vms.addObject()
                    .put("name", vm.name())
                    .put("status", vm.outcome().label())
                    .put("serverStatus", vm.status())
                    .put("failureReason", vm.failureReason())
                    .put("host", vm.host());
        }
        return json;
    }

    private static ArrayNode events(List<JobEvent> events) {
        ArrayNode array = MAPPER.createArrayNode();
        for (JobEvent event : events) {
            ObjectNode entry = array.addObject();
            time(entry, "time", event.time());
            entry.put("severity", event.severity().label())
                    .put("severityLevel", event.severity().level())
                    .put("code", event.code())
                    .put("subsystem", event.subsystem())
                    .put("client", event.clientName())
                    .put("description", event.description());
        }
        return array;
    }

    private static void count(ObjectNode json, String field, OptionalLong value) {
        if (value.isPresent()) {
            json.put(field, value.getAsLong());
        } else {
            json.putNull(field);
        }
    }

    private static void time(ObjectNode json, String field, Optional<Instant> value) {
        if (value.isPresent()) {
            json.put(field, value.get().toString());
        } else {
            json.putNull(field);
        }
    }
}

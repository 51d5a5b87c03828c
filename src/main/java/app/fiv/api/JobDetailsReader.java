package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The request and the answer of {@code POST JobDetails}, JSON or XML, any part of it missing. */
final class JobDetailsReader {
    static final String FEATURE = "job details (POST JobDetails)";

    private JobDetailsReader() {
    }

    /** As cvpysdk sends it; {@code showAttempt} asks for the attempts as well. */
    static byte[] requestBody(long jobId) {
        return ("{\"jobId\": " + jobId + ", \"showAttempt\": true}").getBytes(StandardCharsets.US_ASCII);
    }

    static JobDetails read(JsonNode root, long jobId, URI target) throws ApiException {
        JsonNode detail = root.path("job").path("jobDetail");
        if (!detail.isObject()) {
            Optional<ActionAnswers.ServerError> error = ActionAnswers.error(root);
            if (error.isPresent() && error.get().meansNotFound()) {
                throw ActionAnswers.jobNotFound(jobId, target);
            }
            String why = error.map(e -> ": " + e.told()).orElse(" (its answer has no job.jobDetail). Try again later.");
            throw new ApiException(ApiException.Kind.SERVER, "The CommServe at " + NetworkErrors.hostAndPort(target)
                    + " gave no details of job " + jobId + why);
        }
        JsonNode general = detail.path("generalInfo");
        JsonNode progress = detail.path("progressInfo");
        JsonNode info = detail.path("detailInfo");
        JsonNode subclient = general.path("subclient");
        return new JobDetails(
                general.path("jobId").asLong(jobId),
                text(general, "jobStartedBy"),
                text(general, "jobStartedFrom"),
                text(general, "operationType").isBlank() ? text(general, "jobType") : text(general, "operationType"),
                text(general, "backupType"),
                text(subclient, "clientName"),
                text(subclient, "subclientName"),
                text(progress, "state"),
                text(progress, "reasonForJobDelay"),
                count(info.path("numOfObjects")),
                count(progress.path("numOfFilesTransferred")),
                count(info.path("skippedItems")),
                time(info.path("startTime")).or(() -> time(general.path("startTime"))),
                time(info.path("endTime")),
                attempts(detail.path("attemptsInfo")),
                virtualMachines(detail.path("clientStatusInfo").path("vmStatus")));
    }

    private static List<JobDetails.Attempt> attempts(JsonNode list) {
        List<JobDetails.Attempt> attempts = new ArrayList<>();
        for (JsonNode attempt : entries(list)) {
            String phase = text(attempt, "phaseName").isBlank() ? text(attempt, "phase") : text(attempt, "phaseName");
            String reason = text(attempt, "reason").isBlank() ? text(attempt, "failureReason") : text(attempt, "reason");
            attempts.add(new JobDetails.Attempt(attempt.path("attemptNumber").asInt(0), phase, text(attempt, "status"),
                    reason, time(attempt.path("startTime")), time(attempt.path("endTime"))));
        }
        return attempts;
    }

    private static List<JobDetails.VirtualMachine> virtualMachines(JsonNode list) {
        List<JobDetails.VirtualMachine> vms = new ArrayList<>();
        for (JsonNode vm : entries(list)) {
            String name = text(vm, "vmName").isBlank() ? text(vm, "vmDisplayName") : text(vm, "vmName");
            String status = vm.has("Status") ? text(vm, "Status") : text(vm, "status");
            String reason = vm.has("FailureReason") ? text(vm, "FailureReason") : text(vm, "failureReason");
            vms.add(new JobDetails.VirtualMachine(name, VmOutcome.of(status), status, reason, text(vm, "Host")));
        }
        return vms;
    }

    /** The entries of a list: a JSON array, or one XML element (or one JSON object) for a list of one. */
    static List<JsonNode> entries(JsonNode list) {
        List<JsonNode> entries = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(entry -> {
                if (entry.isObject()) {
                    entries.add(entry);
                }
            });
        } else if (list.isObject()) {
            entries.add(list);
        }
        return entries;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? ActionAnswers.clean(value.asText("")) : "";
    }

    /** Commvault writes -999 and the like for "not known": only counts of zero or more are counts. */
    private static OptionalLong count(JsonNode node) {
        if (!node.isValueNode() || node.isNull() || node.asText("").isBlank()) {
            return OptionalLong.empty();
        }
        long value = node.asLong(-1);
        return value >= 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** Unix seconds; 0 (an active job's end) is no time. */
    static Optional<Instant> time(JsonNode node) {
        long seconds = node.asLong(0);
        return seconds > 0 ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }
}

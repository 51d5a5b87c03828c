package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The answer of {@code GET Events?jobId=}: {@code commservEvents[]}, none at all for a job without events. */
final class JobEventsReader {
    static final String FEATURE = "job events (GET Events)";

    private JobEventsReader() {
    }

    static List<JobEvent> read(JsonNode root, long jobId, URI target) throws ApiException {
        JsonNode list = root.path("commservEvents");
        if (list.isMissingNode() || list.isNull()) {
            Optional<ActionAnswers.ServerError> error = ActionAnswers.error(root);
            if (error.isPresent()) {
                throw new ApiException(ApiException.Kind.SERVER, "The CommServe at " + NetworkErrors.hostAndPort(target)
                        + " did not list the events of job " + jobId + ": " + error.get().told());
            }
            return List.of();
        }
        List<JobEvent> events = new ArrayList<>();
        for (JsonNode event : JobDetailsReader.entries(list)) {
            events.add(new JobEvent(
                    event.path("id").asLong(0),
                    JobDetailsReader.time(event.path("timeSource")),
                    EventSeverity.of(event.path("severity").asInt(0)),
                    code(event),
                    JobDetailsReader.text(event, "subsystem"),
                    JobDetailsReader.text(event, "description"),
                    JobDetailsReader.text(event.path("clientEntity"), "clientName"),
                    event.path("jobId").asLong(jobId)));
        }
        return events;
    }

    /** {@code eventCodeString}; without it, {@code eventCode} is the same pair as one number (subsystem in the top byte). */
    private static String code(JsonNode event) {
        String code = JobDetailsReader.text(event, "eventCodeString");
        long number = event.path("eventCode").asLong(0);
        if (!code.isBlank() || number <= 0) {
            return code;
        }
        return (number >> 24) + ":" + (number & 0xFFFFFF);
    }
}

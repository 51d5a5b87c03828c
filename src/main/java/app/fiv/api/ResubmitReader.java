package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The answer of {@code POST Job/{id}/action/Resubmit}: the new job in {@code jobIds[0]}, or why not. */
final class ResubmitReader {
    static final String FEATURE = "resubmitting jobs (POST Job/{id}/action/Resubmit)";

    private ResubmitReader() {
    }

    static ResubmitResult read(JsonNode root, long jobId, URI target) throws ApiException {
        List<Long> ids = new ArrayList<>();
        JsonNode list = root.path("jobIds");
        for (JsonNode id : list.isArray() ? list : List.of(list)) {
            long value = id.asLong(0);
            if (value > 0) {
                ids.add(value);
            }
        }
        if (!ids.isEmpty()) {
            return new ResubmitResult(jobId, ids);
        }
        Optional<ActionAnswers.ServerError> error = ActionAnswers.error(root);
        if (error.isPresent() && error.get().meansNotFound()) {
            throw ActionAnswers.jobNotFound(jobId, target);
        }
        throw new ApiException(ApiException.Kind.SERVER, "The CommServe at " + NetworkErrors.hostAndPort(target)
                + " did not resubmit job " + jobId + error.map(e -> ": " + e.told())
                .orElse(": its answer names no new job (no jobIds). Check the job's state in Command Center"
                        + " before trying again, so it does not run twice."));
    }
}

package app.fiv.api;

import java.time.Instant;
import java.util.Optional;

/**
 * One CommServe event of a job ({@code GET Events?jobId=}, {@code commservEvents[]}).
 *
 * @param code        {@code eventCodeString}, as in {@code 19:122}; blank when the server gave no code
 * @param clientName  {@code clientEntity.clientName}, blank when absent
 */
public record JobEvent(long id, Optional<Instant> time, EventSeverity severity, String code, String subsystem,
                       String description, String clientName, long jobId) {
}

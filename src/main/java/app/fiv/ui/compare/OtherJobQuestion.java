package app.fiv.ui.compare;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.Notices;
import app.fiv.ui.common.TextQuestion;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/** Compare with job…: which job, as admins type or paste its ID; never the tab's own job. */
final class OtherJobQuestion {
    private OtherJobQuestion() {
    }

    /** @param proposed the job compared with so far, offered again; empty for none */
    static TextQuestion of(long self, OptionalLong proposed) {
        return new TextQuestion("Compare with job", "Compare job " + self
                + " with which job? Rows that failed only there show as fixed.", "Job ID:",
                proposed.isPresent() ? Long.toString(proposed.getAsLong()) : "", text -> problemOf(text, self));
    }

    /** Asks, and hands a job ID accepted to {@code compare}. */
    static void ask(DialogService dialogs, Notices notices, long self, OptionalLong proposed, LongConsumer compare) {
        dialogs.askText(of(self, proposed)).ifPresent(text -> {
            try {
                compare.accept(jobId(text));
            } catch (ApiException e) {
                notices.error(e.getMessage());
            }
        });
    }

    /** The job ID of an answer the question accepted. */
    static long jobId(String answer) throws ApiException {
        return JobId.parse(answer);
    }

    private static Optional<String> problemOf(String text, long self) {
        try {
            return JobId.parse(text) == self ? Optional.of("That is this tab's job; type the ID of another run.")
                    : Optional.empty();
        } catch (ApiException e) {
            return Optional.of(e.getMessage());
        }
    }
}

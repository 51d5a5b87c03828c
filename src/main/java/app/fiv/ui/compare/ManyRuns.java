package app.fiv.ui.compare;

import app.fiv.compare.ComparisonCounts;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.task.Work;
import java.util.List;
import java.util.Map;

/**
 * What a comparison of a tab of many jobs keeps between its runs: the jobs as last shown, the
 * earlier runs read for them (compared with again after a refresh), and the outcome shown, which
 * the counts line tells. FX thread only; the work itself runs in the background.
 */
final class ManyRuns {
    private final ManyComparisonWork work;
    private ManyJobsTable jobs;
    private Map<Long, ManyComparisonWork.Earlier> earlier = Map.of();
    private ManyComparisonWork.Outcome shown;

    ManyRuns(PreviousRuns previousRuns) {
        this.work = new ManyComparisonWork(previousRuns);
    }

    void changed(ManyJobsTable now) {
        jobs = now;
    }

    /** True for a tab of many jobs. */
    boolean active() {
        return jobs != null;
    }

    /** The comparison of the jobs as they are now, with the earlier runs read so far. */
    Work<ManyComparisonWork.Outcome, Void> task(SessionKeeper keeper) {
        ManyJobsTable now = jobs;
        Map<Long, ManyComparisonWork.Earlier> read = earlier;
        return context -> work.run(keeper, now, read, context);
    }

    String stopped() {
        return "The comparison of " + jobs.asked().size() + " jobs stopped.";
    }

    /** Keeps what came of a comparison; the words to show when none of the jobs could be compared, else null. */
    String took(ManyComparisonWork.Outcome outcome) {
        earlier = outcome.earlier();
        shown = outcome.compared() == null ? null : outcome;
        return shown == null ? NoteTexts.noneOfMany(outcome.jobs(), leftOut(outcome)) : null;
    }

    /** The status bar's words for a comparison shown. */
    String status(ManyComparisonWork.Outcome outcome) {
        List<String> leftOut = leftOut(outcome);
        return "Compared " + outcome.comparedJobs() + " of " + outcome.jobs() + " jobs with their previous runs: "
                + outcome.compared().counts().text() + (leftOut.isEmpty() ? "." : "; not compared: "
                + NoteTexts.names(leftOut) + ".");
    }

    /** The counts line of the comparison shown, or null when none is. */
    String line(ComparisonCounts counts, int newNotKnown) {
        return shown == null ? null
                : CountsLine.ofMany(counts, shown.comparedJobs(), shown.jobs(), leftOut(shown), newNotKnown);
    }

    void clear() {
        earlier = Map.of();
        shown = null;
    }

    private static List<String> leftOut(ManyComparisonWork.Outcome outcome) {
        return outcome.leftOut().stream().map(ManyComparisonWork.LeftOut::label).toList();
    }
}

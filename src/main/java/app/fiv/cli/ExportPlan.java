package app.fiv.cli;

import app.fiv.io.ExportOptions;
import app.fiv.joblist.JobListFilter;
import java.nio.file.Path;
import java.util.List;

/**
 * A checked export: everything the options said, validated before anything is sent.
 *
 * @param connection  the CommServe, or null for a saved answer
 * @param jobIds      the jobs given with --job, each once, in their order; empty for --since or a saved answer
 * @param since       the jobs of a lookback (export --since), or null
 * @param savedAnswer the saved answer to export instead of a job, or null
 * @param output      the file to write, or null for stdout
 * @param known       the known failures to mark or leave out, or null
 */
record ExportPlan(ServerConnection connection, List<Long> jobIds, JobListFilter since, Path savedAnswer, Path output,
                  ExportOptions options, KnownOptions.KnownFilter known) {
    ExportPlan {
        jobIds = List.copyOf(jobIds);
    }

    /** The one job of an export as it always was: one --job, its own columns only. */
    long jobId() {
        return jobIds.get(0);
    }

    /** True for several jobs in one file (several --job, or --since): leading columns jobId, client, subclient. */
    boolean manyJobs() {
        return since != null || jobIds.size() > 1;
    }
}

package app.fiv.multijob;

import app.fiv.api.JobSummary;

/** One job's rows in a table of many: the job, and how many rows it has there (they follow the previous job's). */
public record JobPart(JobSummary job, int rows) {
}

package app.fiv.demo;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The jobs a demo server knows. Data sets are immutable, so all servers of a JVM share one registry. */
final class DemoJobRegistry {

    private final Map<Long, DemoJob> jobs;

    private DemoJobRegistry(Map<Long, DemoJob> jobs) {
        this.jobs = Map.copyOf(jobs);
    }

    static DemoJobRegistry standard() {
        return Standard.INSTANCE;
    }

    Optional<DemoJob> find(long jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    Collection<DemoJob> all() {
        return jobs.values();
    }

    /** Built on first use only: counting the large data sets for their summaries takes a moment. */
    private static final class Standard {
        static final DemoJobRegistry INSTANCE = build();

        private static DemoJobRegistry build() {
            Map<Long, DemoJob> jobs = new LinkedHashMap<>();
            for (DemoJob job : new DemoJob[] {
                    SampleJobs.listSample(),
                    SampleJobs.csvSample(),
                    LinuxServerJob.job(),
                    UncExtraKeysJob.job(),
                    LargeFileServerJob.job(),
                    ExchangeMailboxesJob.job(),
                    EdgeCaseJobs.noFailedItems(),
                    EdgeCaseJobs.errorBody200(),
                    EdgeCaseJobs.serverError500(),
                    FaultJobs.htmlPage200(),
                    FaultJobs.cutOff(),
                    ScaleJobs.millionItems(),
                    ScaleJobs.largeCsv(),
                    ScaleJobs.slow(),
                    MalformedAnswerJobs.emptyBody(),
                    MalformedAnswerJobs.plainText200(),
                    MalformedAnswerJobs.invalidJson(),
                    UnexpectedShapeJobs.otherShape(),
                    CsvOddityJobs.csvWithoutFlag(),
                    UnexpectedShapeJobs.flagContradicts(),
                    UnexpectedShapeJobs.nullItems(),
                    OddValueJobs.itemsNotObjects(),
                    OddValueJobs.mixedValueTypes(),
                    CsvOddityJobs.raggedRows(),
                    CsvOddityJobs.oddHeader(),
                    CsvOddityJobs.noColumns(),
                    OddTextJob.job(),
                    GatewayPageJobs.unavailable503(),
                    GatewayPageJobs.noEndpoint404(),
                    UnexpectedShapeJobs.errList200(),
                    TransportFaultJobs.stallMidBody(),
                    TransportFaultJobs.stallBeforeHeaders(),
                    MalformedAnswerJobs.xmlAnyway(),
                    TransportFaultJobs.droppedConnection(),
                    GatewayPageJobs.htmlAsJson(),
                    HostileXmlJobs.nestedValue(),
                    HostileXmlJobs.nestedTooDeep(),
                    HostileXmlJobs.splitValue(),
                    HostileAnswerJobs.keyPerItem(),
                    HostileAnswerJobs.tooManyKeys(),
                    HostileAnswerJobs.terminalEscapes(),
                    HostileAnswerJobs.formulaLookalikes()}) {
                if (jobs.put(job.jobId(), job) != null) {
                    throw new IllegalStateException("two demo data sets use job ID " + job.jobId());
                }
            }
            for (DemoJob job : BenchmarkJobs.all()) {
                if (jobs.put(job.jobId(), job) != null) {
                    throw new IllegalStateException("two demo data sets use job ID " + job.jobId());
                }
            }
            return new DemoJobRegistry(jobs);
        }
    }
}

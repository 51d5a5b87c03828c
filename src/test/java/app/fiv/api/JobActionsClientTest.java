package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.testing.DemoJobLists;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JobDetails, Events and Resubmit against the demo CommServe over real HTTP, in JSON and in XML. */
class JobActionsClientTest {
    private static DemoCommServe demo;
    private static CommServeClient json;
    private static CommServeClient xml;
    private static Session session;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
        json = TestClients.json("actions-test");
        xml = TestClients.of("actions-test", TlsTrust.systemDefault(), WireFormat.XML);
        session = DemoLogins.logIn(json, demo);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static void assertFails(ThrowingCallable call, ApiException.Kind kind, String... parts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(parts).doesNotContain(session.token());
            assertThat(e.isEndpointMissing()).isFalse();
        });
    }

    @Test
    void aFileServerJobsDetailsInJsonAndXml() throws Exception {
        long jobId = DemoJobLists.latestRun(session, DemoJobLists.FS_WIN01, DemoJobLists.FS_WIN01_USERS);

        JobDetails details = json.jobDetails(session, jobId, CancelSignal.none());

        assertThat(details.jobId()).isEqualTo(jobId);
        assertThat(details.startedBy()).isEqualTo("admin");
        assertThat(details.startedFrom()).isEqualTo("Scheduled");
        assertThat(details.clientName()).isEqualTo("fs-win01");
        assertThat(details.subclientName()).isEqualTo("Users");
        assertThat(details.operation()).isEqualTo("Backup");
        assertThat(details.state()).isEqualTo("Completed w/ one or more errors");
        assertThat(details.delayReason()).isEmpty();
        assertThat(details.objects()).isPresent();
        assertThat(details.skippedItems()).isPresent();
        assertThat(details.startTime()).isPresent();
        assertThat(details.endTime().orElseThrow()).isAfter(details.startTime().orElseThrow());
        assertThat(details.attempts()).extracting(JobDetails.Attempt::phase).containsExactly("Scan", "Backup", "Archive Index");
        assertThat(details.attempts()).extracting(JobDetails.Attempt::number).containsExactly(1, 2, 3);
        assertThat(details.attempts().get(1).reason()).contains("items").contains("failed items");
        assertThat(details.isVirtualMachineJob()).isFalse();
        assertThat(xml.jobDetails(session, jobId, CancelSignal.none())).isEqualTo(details);
    }

    @Test
    void aVirtualMachineJobListsItsVmsAndWhichFailed() throws Exception {
        long jobId = DemoJobLists.latestRun(session, DemoJobLists.VCENTER, DemoJobLists.VCENTER_PRODUCTION);

        JobDetails details = xml.jobDetails(session, jobId, CancelSignal.none());

        assertThat(details.virtualMachines()).hasSize(12);
        assertThat(details.virtualMachines()).filteredOn(vm -> vm.outcome() == VmOutcome.FAILED)
                .extracting(JobDetails.VirtualMachine::name).containsExactlyInAnyOrder("vm-sql-test03", "vm-web-02");
        assertThat(details.virtualMachines()).filteredOn(vm -> vm.outcome() == VmOutcome.FAILED)
                .allSatisfy(vm -> assertThat(vm.failureReason()).isNotBlank());
        assertThat(details.virtualMachines()).filteredOn(vm -> vm.outcome() == VmOutcome.BACKED_UP)
                .isNotEmpty().allSatisfy(vm -> assertThat(vm.failureReason()).isEmpty());
        assertThat(details.virtualMachines()).allSatisfy(vm -> assertThat(vm.host()).isNotBlank());
        assertThat(json.jobDetails(session, jobId, CancelSignal.none())).isEqualTo(details);
    }

    @Test
    void aPendingJobsDelayReasonAndNoEnd() throws Exception {
        long pending = DemoJobLists.withStatus(session, "Pending");

        JobDetails details = json.jobDetails(session, pending, CancelSignal.none());

        assertThat(details.state()).isEqualTo("Pending");
        assertThat(details.delayReason()).contains("maintenance mode");
        assertThat(details.endTime()).isEmpty();
        assertThat(details.attempts().get(details.attempts().size() - 1).endTime()).isEmpty();
    }

    @Test
    void theDetailsOfAnUnknownJobAreNotFound() {
        assertFails(() -> json.jobDetails(session, DemoJobs.MISSING, CancelSignal.none()), ApiException.Kind.NOT_FOUND,
                "Job 4040 was not found");
        assertFails(() -> xml.jobDetails(session, DemoJobs.MISSING, CancelSignal.none()), ApiException.Kind.NOT_FOUND,
                "Job 4040 was not found");
    }

    @Test
    void eventsOfAJobWithTheirSeverityCodeAndClient() throws Exception {
        long jobId = DemoJobLists.latestRun(session, DemoJobLists.FS_WIN01, DemoJobLists.FS_WIN01_USERS);

        List<JobEvent> events = json.jobEvents(session, jobId, CancelSignal.none());

        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.jobId()).isEqualTo(jobId);
            assertThat(event.time()).isPresent();
            assertThat(event.clientName()).isEqualTo("fs-win01");
            assertThat(event.code()).matches("\\d+:\\d+");
            assertThat(event.description()).isNotBlank();
        });
        assertThat(events).anySatisfy(event -> {
            assertThat(event.severity()).isEqualTo(EventSeverity.MAJOR);
            assertThat(event.code()).isEqualTo("19:122");
            assertThat(event.subsystem()).isEqualTo("clBackup");
        });
        assertThat(events).extracting(JobEvent::severity).contains(EventSeverity.INFORMATION, EventSeverity.MINOR);
        assertThat(xml.jobEvents(session, jobId, CancelSignal.none())).isEqualTo(events);
    }

    @Test
    void aVmJobHasCriticalEventsAndAnUnknownJobNone() throws Exception {
        long jobId = DemoJobLists.latestRun(session, DemoJobLists.VCENTER, DemoJobLists.VCENTER_PRODUCTION);

        assertThat(json.jobEvents(session, jobId, CancelSignal.none())).filteredOn(e -> e.severity() == EventSeverity.CRITICAL)
                .extracting(JobEvent::description).anyMatch(d -> d.contains("vm-sql-test03"));
        assertThat(json.jobEvents(session, DemoJobs.MISSING, CancelSignal.none())).isEmpty();
    }

    @Test
    void resubmitGivesTheNewJobWhichRuns() throws Exception {
        ResubmitResult result = json.resubmit(session, DemoJobs.LIST_SAMPLE, CancelSignal.none());

        assertThat(result.jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(result.newJobId()).isGreaterThanOrEqualTo(60000);
        JobSummary started = json.jobSummary(session, result.newJobId(), CancelSignal.none());
        assertThat(started.status()).isEqualTo("Running");
        assertThat(started.clientName()).isEqualTo("fileserver01");
        assertThat(xml.resubmit(session, DemoJobs.LINUX_SERVER, CancelSignal.none()).newJobId()).isEqualTo(result.newJobId() + 1);
    }

    @Test
    void resubmitRefusalsCarryTheServersMessage() {
        assertFails(() -> json.resubmit(session, DemoJobs.EMPTY_BODY, CancelSignal.none()), ApiException.Kind.SERVER,
                "did not resubmit job 2001", "does not have the Job Management permission", "(error 1136)");
        assertFails(() -> xml.resubmit(session, DemoJobs.ERROR_BODY_200, CancelSignal.none()), ApiException.Kind.SERVER,
                "does not have the Job Management permission", "(error 1136)");
        long running = DemoJobLists.withStatus(session, "Running");
        assertFails(() -> json.resubmit(session, running, CancelSignal.none()), ApiException.Kind.SERVER,
                "is still running; only a finished job can be resubmitted", "(error 3)");
        assertFails(() -> json.resubmit(session, DemoJobs.MISSING, CancelSignal.none()), ApiException.Kind.NOT_FOUND,
                "Job 4040 was not found on 127.0.0.1");
    }

    @Test
    void anOlderServicePackHasNoneOfTheThreeAndTheRestStillWorks() throws Exception {
        try (DemoCommServe older = DemoCommServe.builder().withoutJobActions().start()) {
            Session there = DemoLogins.logIn(json, older);
            for (ThrowingCallable call : List.<ThrowingCallable>of(
                    () -> json.jobDetails(there, DemoJobs.LIST_SAMPLE, CancelSignal.none()),
                    () -> xml.jobEvents(there, DemoJobs.LIST_SAMPLE, CancelSignal.none()),
                    () -> json.resubmit(there, DemoJobs.LIST_SAMPLE, CancelSignal.none()))) {
                assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.isEndpointMissing()).isTrue();
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER);
                    assertThat(e.getMessage()).contains("does not offer", "404 Not Found (a web page)", "older");
                });
            }
            assertThat(json.jobSummary(there, DemoJobs.LIST_SAMPLE, CancelSignal.none()).clientName()).isEqualTo("fileserver01");
        }
    }
}

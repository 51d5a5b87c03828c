package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.headers;
import static app.fiv.ui.UiTestSupport.table;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.typeJobId;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.ClientTimeouts;
import app.fiv.demo.DemoJobs;
import app.fiv.session.ConnectionSettings;
import app.fiv.settings.AppSettings;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the admin reads when a CommServe answers badly, for a representative set of the demo's
 * fault jobs: each message says what happened and where, and the job already open stays as it was.
 */
@ExtendWith(ApplicationExtension.class)
class FaultMessagesUiTest {
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) {
        // Short limits so the stalled servers are given up on quickly.
        new ConnectionSettings(new AppSettings(app.preferences)).setTimeouts(ClientTimeouts.ofSeconds(2, 2, 1));
        app.context().start(stage, true);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    @Test
    void brokenAnswersAreExplainedAndTheOpenJobStays(FxRobot robot) {
        typeJobId(robot, DemoJobs.LIST_SAMPLE);
        waitUntil("job 1001 is shown", () -> table(robot).getItems().size() == 2);
        Object[][] cases = {
                {DemoJobs.EMPTY_BODY, "sent an empty answer"},
                {DemoJobs.INVALID_JSON, "could not be read. The response is not valid JSON"},
                {DemoJobs.HTML_AS_JSON, "answered with a web page instead of API data"},
                {DemoJobs.UNAVAILABLE_503, "is unavailable (HTTP 503)"},
                {DemoJobs.ERRLIST_200, "Access denied: user does not have View permission on the client."},
                {DemoJobs.STALL_MID_BODY, "stopped arriving: nothing came for 1 s (the stall timeout)"},
                {DemoJobs.STALL_BEFORE_HEADERS, "did not answer within 2 s (the answer timeout)"},
                {DemoJobs.DROPPED_CONNECTION, "closed the connection without answering"},
        };
        for (Object[] fault : cases) {
            long jobId = (Long) fault[0];
            String expected = (String) fault[1];
            typeJobId(robot, jobId);

            waitUntil("the message for job " + jobId, () -> text(robot, "#error-message").contains(expected),
                    () -> "shown: " + text(robot, "#error-message") + " / " + text(robot, "#status-message"));
            assertThat(text(robot, "#error-message")).as("names the server").contains("127.0.0.1:");
            // The jobs view and the one job that was fetched.
            assertThat(robot.lookup("#job-tabs").queryAs(TabPane.class).getTabs()).as("after job " + jobId).hasSize(2);
            assertThat(text(robot, "#job-title")).startsWith("Job " + DemoJobs.LIST_SAMPLE);
            assertThat(table(robot).getItems()).hasSize(2);
        }
        assertThat(text(robot, "#error-message")).doesNotContain("QSDK");
    }

    /** Issue 13: nested XML is one short cell, nested too deep or 1,001 columns a message; the open job stays. */
    @Test
    void hostileNestedOrWideAnswersShowAsOneCellOrAreRefused(FxRobot robot) {
        typeJobId(robot, DemoJobs.XML_NESTED_VALUE);
        waitUntil("the nested value as one row", () -> text(robot, "#job-title").startsWith("Job " + DemoJobs.XML_NESTED_VALUE)
                && table(robot).getItems().size() == 1);
        assertThat(headers(robot)).containsExactly("a");

        typeJobId(robot, DemoJobs.XML_NESTED_TOO_DEEP);
        waitUntil("the refusal of job 2023", () -> text(robot, "#error-message").contains("nested more than 32 levels deep"));
        typeJobId(robot, DemoJobs.TOO_MANY_KEYS);
        waitUntil("the refusal of job 2026", () -> text(robot, "#error-message").contains("more than 1,000 columns"),
                () -> "shown: " + text(robot, "#error-message"));
        assertThat(robot.lookup("#job-tabs").queryAs(TabPane.class).getTabs()).as("the jobs view and job 2022's tab").hasSize(2);
        assertThat(text(robot, "#job-title")).startsWith("Job " + DemoJobs.XML_NESTED_VALUE);
    }

    /** Issue 13: a CommServe's terminal escapes, CR LF and right-to-left override do not reach the window. */
    @Test
    void aHostileErrorMessageIsShownWithoutItsControlCharacters(FxRobot robot) {
        typeJobId(robot, DemoJobs.TERMINAL_ESCAPES);

        waitUntil("the message for job 2027", () -> text(robot, "#error-message").contains("Error: none, all good"),
                () -> "shown: " + text(robot, "#error-message"));
        String shown = text(robot, "#error-message");
        assertThat(shown).contains("The index of this job is not available.");
        assertThat(shown.chars().filter(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)))
                .as(shown).isEmpty();
    }

    @Test
    void oddButReadableAnswersAreShownAsTables(FxRobot robot) {
        typeJobId(robot, DemoJobs.CSV_RAGGED_ROWS);
        waitUntil("the ragged rows are shown", () -> headers(robot).contains("Column 8"));
        assertThat(table(robot).getItems()).hasSize(6);

        typeJobId(robot, DemoJobs.CSV_ODD_HEADER);
        waitUntil("the odd header is shown", () -> headers(robot).contains("Path (2)"));
        assertThat(headers(robot)).containsExactly("Path", "Reason", "Path (2)", "Column 4", "Column 5", "Reason (2)");

        typeJobId(robot, DemoJobs.ODD_TEXT);
        waitUntil("the odd text is shown", () -> text(robot, "#job-title").startsWith("Job " + DemoJobs.ODD_TEXT)
                && table(robot).getItems().size() == DemoJobs.ODD_TEXT_ITEMS);
        assertThat(text(robot, "#error-message")).isEmpty();
    }
}

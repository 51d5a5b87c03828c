package app.fiv.ui.jobactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.task.DirectTaskExecutor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Open in Command Center" opens the derived page in the browser, and is not offered where none can be told. */
class CommandCenterLinkTest {
    private static final URI COMMAND_CENTER = URI.create("https://cs.example.com/commandcenter/api");
    private static final URI WEB_CONSOLE = URI.create("https://cs.example.com/webconsole/api");

    private final StatusMessages messages = new StatusMessages();
    private final CommandCenterLink link = new JobActionServices(SessionAccess.offline(), new DirectTaskExecutor(), messages)
            .commandCenter();
    private final List<URI> opened = new ArrayList<>();

    @Test
    void opensTheJobsPageInTheBrowser() {
        link.setBrowser(opened::add);

        link.open(COMMAND_CENTER, 4711);

        assertThat(opened).containsExactly(URI.create("https://cs.example.com/commandcenter/#/jobs/4711"));
        assertThat(messages.statusProperty().get()).isEqualTo(
                "Opened job 4711 in Command Center: https://cs.example.com/commandcenter/#/jobs/4711");
    }

    @Test
    void notOfferedWhereTheAddressCannotBeToldOrAServerHasNone() {
        link.setBrowser(opened::add);
        link.setServersWithCommandCenter(server -> !server.getHost().equals("demo.local"));

        assertThat(link.pageOf(WEB_CONSOLE, 4711)).isEmpty();
        assertThat(link.pageOf(URI.create("http://demo.local:8080/commandcenter/api"), 4711)).isEmpty();
        assertThat(link.pageOf(COMMAND_CENTER, 4711)).isPresent();
        link.open(WEB_CONSOLE, 4711);
        assertThat(opened).isEmpty();
    }

    @Test
    void aBrowserThatFailsGivesTheAddressToOpenByHand() {
        link.setBrowser(page -> {
            throw new UnsupportedOperationException("no desktop");
        });

        link.open(COMMAND_CENTER, 4711);

        assertThat(messages.errorProperty().get()).isEqualTo(
                "Could not open a browser (no desktop). Open https://cs.example.com/commandcenter/#/jobs/4711 yourself.");
    }
}

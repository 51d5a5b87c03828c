package app.fiv.ui.jobactions;

import app.fiv.api.CommandCenterAddress;
import app.fiv.ui.common.Notices;
import java.net.URI;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "Open in Command Center": a job's page in Commvault's web console, where its address can be
 * told from the server the admin logged in to (see {@link CommandCenterAddress}); elsewhere the
 * action is not offered at all.
 */
public final class CommandCenterLink {
    private final Notices notices;
    private Browser browser;
    private Predicate<URI> hasCommandCenter = server -> true;

    CommandCenterLink(Notices notices) {
        this.notices = notices;
        this.browser = page -> notices.status("Open " + page + " in your browser to see the job in Command Center.");
    }

    public void setBrowser(Browser browser) {
        this.browser = browser;
    }

    /** Servers known to have no Command Center beside their API, such as the built-in demo. */
    public void setServersWithCommandCenter(Predicate<URI> hasCommandCenter) {
        this.hasCommandCenter = hasCommandCenter;
    }

    /** The job's page, or empty when it cannot be told (the action is then not offered). */
    public Optional<URI> pageOf(URI server, long jobId) {
        return server != null && hasCommandCenter.test(server) ? CommandCenterAddress.jobPage(server, jobId) : Optional.empty();
    }

    public void open(URI server, long jobId) {
        Optional<URI> page = pageOf(server, jobId);
        if (page.isEmpty()) {
            notices.status("The address of Command Center cannot be told from " + server + ".");
            return;
        }
        try {
            browser.open(page.get());
            notices.status("Opened job " + jobId + " in Command Center: " + page.get());
        } catch (RuntimeException e) {
            notices.error("Could not open a browser (" + e.getMessage() + "). Open " + page.get() + " yourself.");
        }
    }
}

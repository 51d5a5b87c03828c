package app.fiv.ui.jobactions;

import java.net.URI;
import javafx.application.HostServices;

/** The platform's browser, through the application's host services. */
public final class HostServicesBrowser implements Browser {
    private final HostServices host;

    public HostServicesBrowser(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(URI page) {
        host.showDocument(page.toString());
    }
}

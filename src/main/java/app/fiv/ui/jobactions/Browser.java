package app.fiv.ui.jobactions;

import java.net.URI;

/** Opens a web page in the admin's browser; behind an interface so tests never start one. */
@FunctionalInterface
public interface Browser {
    void open(URI page);
}

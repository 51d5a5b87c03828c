package app.fiv.demo;

import java.util.List;
import java.util.Optional;

/** The web service roots a CommServe answers under; the demo serves the same API under each. */
final class WebServiceRoots {

    static final String COMMAND_CENTER = "/commandcenter/api";
    static final List<String> ALL = List.of(COMMAND_CENTER, "/webconsole/api", "/SearchSvc/CVWebService.svc");

    private WebServiceRoots() {
    }

    /** The path below a root (e.g. {@code /Job/1001}), or empty if the path is under no root. */
    static Optional<String> relativePath(String path) {
        for (String root : ALL) {
            if (path.startsWith(root + "/")) {
                return Optional.of(path.substring(root.length()));
            }
        }
        return Optional.empty();
    }
}

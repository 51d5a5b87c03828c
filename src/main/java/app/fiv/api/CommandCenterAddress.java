package app.fiv.api;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a job's page is in Commvault's web console, Command Center, from the web service URL the
 * admin logged in to. Command Center serves its REST API at {@code <root>/commandcenter/api} and
 * its job page at {@code <root>/commandcenter/#/jobs/<jobId>} (as Commvault's own tools open it),
 * so only a {@code .../commandcenter/api} web service tells where Command Center is. The older Web
 * Console ({@code /webconsole/api}) and the IIS web service ({@code /SearchSvc/CVWebService.svc})
 * may run without a Command Center beside them, or on another port: no address is guessed for them.
 */
public final class CommandCenterAddress {
    private static final String API_SUFFIX = "/commandcenter/api";

    private CommandCenterAddress() {
    }

    /** The job's page, or empty when the web service URL does not tell where Command Center is. */
    public static Optional<URI> jobPage(URI webService, long jobId) {
        if (webService == null || jobId <= 0 || webService.getRawAuthority() == null
                || webService.getRawQuery() != null || webService.getRawFragment() != null) {
            return Optional.empty();
        }
        String scheme = webService.getScheme() == null ? "" : webService.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        String path = webService.getRawPath() == null ? "" : webService.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.toLowerCase(Locale.ROOT).endsWith(API_SUFFIX)) {
            return Optional.empty();
        }
        String console = path.substring(0, path.length() - "api".length());
        return Optional.of(URI.create(scheme + "://" + webService.getRawAuthority() + console + "#/jobs/" + jobId));
    }
}

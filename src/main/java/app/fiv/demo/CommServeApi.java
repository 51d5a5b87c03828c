package app.fiv.demo;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes a request below a web service root to its endpoint. Unknown paths get the web server's
 * HTML 404 before any token check, as they would in front of a real CommServe; known endpoints
 * other than Login and RenewLoginToken need a live {@code Authtoken}.
 */
final class CommServeApi {

    private static final Pattern JOB_PATH = Pattern.compile("/Job/([^/]+)(/FailedItems)?");

    private final TokenStore tokens;
    private final LoginEndpoint login;
    private final SessionEndpoints sessions;
    private final JobEndpoints jobs;
    private final JobListEndpoint jobList;
    private final ClientEndpoint clients;

    /** @param quirk how {@code GET Job} pages wrongly, or {@code null} */
    CommServeApi(TokenStore tokens, JobCatalog catalog, JobListQuirk quirk) {
        this.tokens = tokens;
        this.login = new LoginEndpoint(tokens);
        this.sessions = new SessionEndpoints(tokens);
        this.jobs = new JobEndpoints(catalog);
        this.jobList = new JobListEndpoint(catalog, quirk);
        this.clients = new ClientEndpoint(catalog);
    }

    ApiResponse handle(ApiRequest request) {
        return switch (request.path()) {
            case "/Login" -> request.method().equals("POST") ? login.login(request) : ApiResponse.methodNotAllowed("POST");
            case "/RenewLoginToken" -> request.method().equals("POST") ? sessions.renew(request) : ApiResponse.methodNotAllowed("POST");
            case "/Logout" -> authorized(request, "POST", sessions::logout);
            case "/WhoAmI" -> authorized(request, "GET", sessions::whoAmI);
            case "/Job" -> authorized(request, "GET", token -> jobList.list(request));
            case "/Client" -> authorized(request, "GET", token -> clients.list());
            default -> jobRoute(request);
        };
    }

    private ApiResponse jobRoute(ApiRequest request) {
        Matcher job = JOB_PATH.matcher(request.path());
        if (!job.matches()) {
            return ApiResponse.notFoundPage();
        }
        String rawJobId = job.group(1);
        boolean failedItems = job.group(2) != null;
        return authorized(request, "GET", token -> failedItems ? jobs.failedItems(rawJobId) : jobs.summary(rawJobId));
    }

    private ApiResponse authorized(ApiRequest request, String method, Function<String, ApiResponse> endpoint) {
        if (!request.method().equals(method)) {
            return ApiResponse.methodNotAllowed(method);
        }
        String token = request.header("Authtoken");
        return tokens.isLive(token) ? endpoint.apply(token) : ApiErrors.accessDenied();
    }
}

package app.fiv.demo;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes a request below a web service root to its endpoint. Unknown paths get the web server's
 * HTML 404 before any token check, as they would in front of a real CommServe; so do JobDetails,
 * Events and Resubmit on a server without them (an older service pack). Known endpoints other than
 * Login, RenewLoginToken and V4/AccessToken/Renew need a live {@code Authtoken} or
 * {@code Authorization: Bearer} access token.
 */
final class CommServeApi {

    private static final Pattern JOB_PATH = Pattern.compile("/Job/([^/]+)(/FailedItems|/action/Resubmit)?");

    private final TokenStore tokens;
    private final AccessTokens accessTokens;
    private final boolean jobActions;
    private final LoginEndpoint login;
    private final SessionEndpoints sessions;
    private final AccessTokenEndpoint accessTokenRenewal;
    private final JobEndpoints jobs;
    private final JobListEndpoint jobList;
    private final ClientEndpoint clients;
    private final JobDetailsEndpoint details;
    private final EventsEndpoint events;
    private final ResubmitEndpoint resubmit;

    /**
     * @param quirk      how {@code GET Job} pages wrongly, or {@code null}
     * @param jobActions whether JobDetails, Events and Resubmit exist
     */
    CommServeApi(TokenStore tokens, AccessTokens accessTokens, JobCatalog catalog, JobListQuirk quirk, boolean jobActions) {
        this.tokens = tokens;
        this.accessTokens = accessTokens;
        this.jobActions = jobActions;
        this.login = new LoginEndpoint(tokens);
        this.sessions = new SessionEndpoints(tokens);
        this.accessTokenRenewal = new AccessTokenEndpoint(accessTokens);
        this.jobs = new JobEndpoints(catalog);
        this.jobList = new JobListEndpoint(catalog, quirk);
        this.clients = new ClientEndpoint(catalog);
        this.details = new JobDetailsEndpoint(catalog);
        this.events = new EventsEndpoint(catalog);
        this.resubmit = new ResubmitEndpoint(catalog);
    }

    ApiResponse handle(ApiRequest request) {
        return switch (request.path()) {
            case "/Login" -> request.method().equals("POST") ? login.login(request) : ApiResponse.methodNotAllowed("POST");
            case "/RenewLoginToken" -> request.method().equals("POST") ? sessions.renew(request) : ApiResponse.methodNotAllowed("POST");
            case "/V4/AccessToken/Renew" -> request.method().equals("POST")
                    ? accessTokenRenewal.renew(request) : ApiResponse.methodNotAllowed("POST");
            case "/Logout" -> authorized(request, "POST", sessions::logout);
            case "/WhoAmI" -> authorized(request, "GET", sessions::whoAmI);
            case "/Job" -> authorized(request, "GET", token -> jobList.list(request));
            case "/Client" -> authorized(request, "GET", token -> clients.list());
            case "/JobDetails" -> jobActions ? authorized(request, "POST", token -> details.details(request))
                    : ApiResponse.notFoundPage();
            case "/Events" -> jobActions ? authorized(request, "GET", token -> events.events(request))
                    : ApiResponse.notFoundPage();
            default -> jobRoute(request);
        };
    }

    private ApiResponse jobRoute(ApiRequest request) {
        Matcher job = JOB_PATH.matcher(request.path());
        if (!job.matches()) {
            return ApiResponse.notFoundPage();
        }
        String rawJobId = job.group(1);
        String action = job.group(2);
        if (action == null) {
            return authorized(request, "GET", token -> jobs.summary(rawJobId));
        }
        if (action.equals("/FailedItems")) {
            return authorized(request, "GET", token -> jobs.failedItems(rawJobId));
        }
        return jobActions ? authorized(request, "POST", token -> resubmit.resubmit(request, rawJobId)) : ApiResponse.notFoundPage();
    }

    private ApiResponse authorized(ApiRequest request, String method, Function<String, ApiResponse> endpoint) {
        if (!request.method().equals(method)) {
            return ApiResponse.methodNotAllowed(method);
        }
        String token = request.header("Authtoken");
        if (tokens.isLive(token)) {
            return endpoint.apply(token);
        }
        Optional<String> bearer = AccessTokenEndpoint.bearer(request);
        return bearer.isPresent() && accessTokens.isLive(bearer.get()) ? endpoint.apply(bearer.get()) : ApiErrors.accessDenied();
    }
}

package app.fiv.api;

import app.fiv.model.ErrorBodyException;
import app.fiv.model.FailedItemsJsonReader;
import app.fiv.model.FailedItemsXmlReader;
import app.fiv.model.ResponseFormatException;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * The CommServe REST API as the viewer needs it: log in (with a password or an access token),
 * renew a token, check a session, list jobs and clients, read a job's summary, its failed items,
 * its details and events, and resubmit it. Answers are read as JSON or XML by their content,
 * whatever was asked for. Thread-safe; every call blocks, so callers run it off the UI thread.
 */
public final class CommServeClient {
    private static final int MAX_SMALL_ANSWER = 1 << 20;

    private final Exchange exchange;
    private final String deviceId;
    private final ClientTimeouts timeouts;
    private final WireFormat format;

    private CommServeClient(TlsTrust trust, String deviceId, ClientTimeouts timeouts, WireFormat format) {
        this.exchange = new Exchange(trust, timeouts);
        this.deviceId = deviceId;
        this.timeouts = timeouts;
        this.format = format;
    }

    /**
     * A client that trusts the given certificates, asks for answers in the given format and
     * gives up on a server as the timeouts say. It never follows redirects, so a token never
     * travels to another address.
     */
    public static CommServeClient create(String deviceId, TlsTrust trust, WireFormat format, ClientTimeouts timeouts) {
        return new CommServeClient(trust, deviceId, timeouts, format);
    }

    /** The device ID sent at login; renewing a token needs the same one. */
    public String deviceId() {
        return deviceId;
    }

    /**
     * Logs in at the first of the server's web service URLs that answers as a CommServe. The
     * password array is left to the caller to wipe.
     */
    public Session login(ServerAddress server, String user, char[] password, CancelSignal cancel) throws ApiException {
        if (user == null || user.isBlank()) {
            throw new ApiException(ApiException.Kind.INVALID_INPUT, "Type your Commvault user name.");
        }
        for (URI webService : server.candidates()) {
            Optional<Session> session = loginAt(webService, user.strip(), password, cancel);
            if (session.isPresent()) {
                return session.get();
            }
        }
        throw noApiAt(server);
    }

    /** Empty when nothing answers at that path (404), so the next usual path can be tried. */
    private Optional<Session> loginAt(URI webService, String user, char[] password, CancelSignal cancel)
            throws ApiException {
        byte[] body = LoginRequest.body(user, password, deviceId);
        HttpCall request = post(webService, "Login", body);
        try (Exchange.Response response = exchange.send(request, cancel)) {
            if (response.status() == 404) {
                return Optional.empty();
            }
            if (!response.ok() && response.status() != 401) {
                throw ErrorResponses.forStatus(response, request.uri(), false);
            }
            requireData(response, request.uri());
            return Optional.of(LoginResponseReader.read(ErrorResponses.readBounded(response.body()), webService, user));
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        } finally {
            // The request has been sent (or given up): its body, with the encoded password, is no longer needed.
            Arrays.fill(body, (byte) 0);
        }
    }

    /**
     * Finds the web service an access token pair is for: the first of the server's URLs whose
     * {@code WhoAmI} answers or refuses the token (401: it has expired and needs renewing, or it
     * is not valid there). The session has the user name WhoAmI told, else a blank one.
     */
    public Session accessTokenSession(ServerAddress server, Credential.AccessToken token, CancelSignal cancel)
            throws ApiException {
        for (URI webService : server.candidates()) {
            Session candidate = new Session(webService, "", token);
            HttpCall request = authorized(candidate, "WhoAmI").get();
            try (Exchange.Response response = exchange.send(request, cancel)) {
                if (response.status() == 401) {
                    return candidate;
                }
                if (response.status() != 404) {
                    return candidate.withUserName(userNameIn(response, request.uri()));
                }
            } catch (IOException e) {
                throw cutOff(e, request.uri(), cancel);
            }
        }
        throw noApiAt(server);
    }

    /** The user name the server knows the session by ({@code GET WhoAmI}); blank if it does not say. */
    public String whoAmI(Session session, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "WhoAmI").get();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            return userNameIn(response, request.uri());
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        }
    }

    private static String userNameIn(Exchange.Response response, URI uri) throws IOException, ApiException {
        if (!response.ok()) {
            throw ErrorResponses.forStatus(response, uri, false);
        }
        requireData(response, uri);
        return WhoAmIAnswer.userName(ErrorResponses.readBounded(response.body()));
    }

    /**
     * Renews a session: a session token with {@code POST RenewLoginToken} (the old token and this
     * client's device ID), an access token pair with {@code POST V4/AccessToken/Renew}. Either way
     * the old one is no longer valid afterwards, and a renewed pair must never be renewed again.
     */
    public Session renew(Session session, CancelSignal cancel) throws ApiException {
        if (session.credential() instanceof Credential.AccessToken token) {
            return AccessTokenRenewal.send(exchange, timeouts, session, token, cancel);
        }
        HttpCall request = post(session.webService(), "RenewLoginToken",
                RenewRequest.body(session.token(), deviceId));
        try (Exchange.Response response = exchange.send(request, cancel)) {
            if (response.status() == 401 || response.status() == 403) {
                throw new ApiException(ApiException.Kind.AUTHENTICATION, "The CommServe at "
                        + NetworkErrors.hostAndPort(request.uri()) + " refused to renew the session; log in again.");
            }
            if (!response.ok()) {
                throw ErrorResponses.forStatus(response, request.uri(), false);
            }
            requireData(response, request.uri());
            return RenewResponseReader.read(ErrorResponses.readBounded(response.body()), session);
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        }
    }

    /**
     * Ends the session on the server ({@code POST Logout} with its token). A token the server no
     * longer accepts is as good as logged out, so a 401 is not an error.
     */
    public void logout(Session session, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "Logout").post(new byte[0]);
        try (Exchange.Response response = exchange.send(request, cancel)) {
            if (!response.ok() && response.status() != 401) {
                throw ErrorResponses.forStatus(response, request.uri(), false);
            }
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        }
    }

    /** Confirms that the server still accepts the session's token. */
    public void checkSession(Session session, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "WhoAmI").get();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            if (!response.ok()) {
                throw ErrorResponses.forStatus(response, request.uri(), false);
            }
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        }
    }

    public JobSummary jobSummary(Session session, long jobId, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "Job/" + jobId).get();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            requireOkData(response, request.uri());
            byte[] body = response.body().readNBytes(MAX_SMALL_ANSWER);
            Optional<JobSummary> summary;
            try {
                summary = JobSummaryReader.read(body, jobId);
            } catch (IOException notReadable) {
                throw new ApiException(ApiException.Kind.SERVER, "The summary of job " + jobId + " from "
                        + NetworkErrors.hostAndPort(request.uri()) + " is not valid JSON or XML, or is incomplete.",
                        notReadable);
            }
            return summary.orElseThrow(() -> notFound(jobId, session));
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        }
    }

    /**
     * One page of the finished jobs a query asks for ({@code GET Job}), {@code limit} jobs from
     * {@code offset} at most, as far as the server honours them: see {@link JobListRequest}.
     */
    public JobListPage jobs(Session session, JobListQuery query, int offset, int limit, CancelSignal cancel)
            throws ApiException {
        HttpCall request = JobListRequest.build(authorized(session, JobListRequest.path(query, offset, limit)),
                offset, limit);
        return SmallAnswer.read(exchange, request, JobListReader.MAX_ANSWER, "the job list", JobListReader::read, cancel);
    }

    /** Every client the CommServe knows ({@code GET Client}), with its ID and names. */
    public List<ClientEntity> clients(Session session, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "Client").get();
        return SmallAnswer.read(exchange, request, ClientListReader.MAX_ANSWER, "the client list", ClientListReader::read,
                cancel);
    }

    /**
     * Streams a job's failed items into a sink, each row as soon as it is parsed. Nothing reaches
     * the sink before the server has answered with data, so a refused call can be retried. The
     * sink's own failures ({@link java.io.UncheckedIOException}) pass through untouched.
     */
    public Shape failedItems(Session session, long jobId, RowSink sink, CancelSignal cancel, LongConsumer bytesReceived)
            throws ApiException {
        HttpCall request = authorized(session, "Job/" + jobId + "/FailedItems").get();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            BodyKind kind = requireOkData(response, request.uri());
            InputStream body = new CountingInputStream(response.body(), bytesReceived);
            return kind == BodyKind.XML ? FailedItemsXmlReader.read(body, sink) : FailedItemsJsonReader.read(body, sink);
        } catch (ErrorBodyException e) {
            throw new ApiException(ApiException.Kind.SERVER, "The CommServe at "
                    + NetworkErrors.hostAndPort(request.uri()) + " could not list the failed items of job "
                    + jobId + ": " + e.getMessage());
        } catch (ResponseFormatException e) {
            cancel.throwIfCancelled();
            throw new ApiException(ApiException.Kind.SERVER, "The failed items of job " + jobId + " from "
                    + NetworkErrors.hostAndPort(request.uri()) + " could not be read. " + e.getMessage(), e);
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        }
    }

    /** {@code POST JobDetails}; a server without it: an {@link ApiException#isEndpointMissing()} error (as for the next two). */
    public JobDetails jobDetails(Session session, long jobId, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "JobDetails").header("Content-Type", "application/json")
                .post(JobDetailsReader.requestBody(jobId));
        return JobDetailsReader.read(actionAnswer(request, JobDetailsReader.FEATURE, cancel), jobId, request.uri());
    }

    /** {@code GET Events?jobId=}: the job's CommServe events in the server's order, or none. */
    public List<JobEvent> jobEvents(Session session, long jobId, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "Events?jobId=" + jobId).get();
        return JobEventsReader.read(actionAnswer(request, JobEventsReader.FEATURE, cancel), jobId, request.uri());
    }

    /** {@code POST Job/{id}/action/Resubmit}; a refusal (job running, no permission) is a SERVER error with its message. */
    public ResubmitResult resubmit(Session session, long jobId, CancelSignal cancel) throws ApiException {
        HttpCall request = authorized(session, "Job/" + jobId + "/action/Resubmit")
                .post(new byte[0]);
        return ResubmitReader.read(actionAnswer(request, ResubmitReader.FEATURE, cancel), jobId, request.uri());
    }

    private JsonNode actionAnswer(HttpCall request, String feature, CancelSignal cancel) throws ApiException {
        try (Exchange.Response response = exchange.send(request, cancel)) {
            return ActionAnswers.read(response, request.uri(), feature);
        } catch (IOException e) {
            throw cutOff(e, request.uri(), cancel);
        }
    }

    static BodyKind requireOkData(Exchange.Response response, URI uri) throws IOException, ApiException {
        if (!response.ok()) {
            throw ErrorResponses.forStatus(response, uri, true);
        }
        return requireData(response, uri);
    }

    private static BodyKind requireData(Exchange.Response response, URI uri) throws IOException, ApiException {
        BodyKind kind = BodyKind.of(response.contentType(), response.body());
        if (kind != BodyKind.JSON && kind != BodyKind.XML) {
            throw ErrorResponses.unexpectedBody(kind, response.body(), uri);
        }
        return kind;
    }

    private HttpCall post(URI webService, String path, byte[] json) {
        return HttpCall.newBuilder(endpoint(webService, path))
                .header("Accept", format.mediaType())
                .header("Content-Type", "application/json")
                .post(json);
    }

    /** A request with the session's credential, for its own web service only (redirects are never followed). */
    private HttpCall.Builder authorized(Session session, String path) {
        HttpCall.Builder request = HttpCall.newBuilder(endpoint(session.webService(), path))
                .header("Accept", format.mediaType());
        if (session.credential() instanceof Credential.AccessToken token) {
            return request.header("Authorization", "Bearer " + token.accessToken());
        }
        return request.header("Authtoken", session.token());
    }

    static URI endpoint(URI webService, String path) {
        String base = webService.toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    private static ApiException noApiAt(ServerAddress server) {
        return new ApiException(ApiException.Kind.SERVER, "No Commvault REST API answered at "
                + String.join(" or ", server.candidates().stream().map(URI::toString).toList())
                + " (404 Not Found). Give the full web service URL, e.g. https://"
                + server.candidates().get(0).getHost() + "/commandcenter/api.");
    }

    private static ApiException notFound(long jobId, Session session) {
        return new ApiException(ApiException.Kind.NOT_FOUND, "Job " + jobId + " was not found on "
                + session.webService().getHost() + ". Check the job ID.");
    }

    /**
     * The server had answered, then its answer broke off: a response error, not an unreachable
     * server, so the admin looks at the CommServe's web server rather than the network.
     */
    static ApiException cutOff(IOException e, URI uri, CancelSignal cancel) {
        if (cancel.isCancelled()) {
            throw new CancellationException("cancelled");
        }
        if (e instanceof StallGuard.StalledException stalled) {
            return new ApiException(ApiException.Kind.NETWORK, "The answer from " + NetworkErrors.hostAndPort(uri)
                    + " stopped arriving: nothing came for " + stalled.limit().toSeconds() + " s (the stall timeout)."
                    + " The CommServe, a proxy or the network may be overloaded; try again, or raise the stall"
                    + " timeout if the server is known to pause.", e);
        }
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new ApiException(ApiException.Kind.SERVER, "The answer from " + NetworkErrors.hostAndPort(uri)
                + " was cut off before it was complete (" + reason + "). Try again; if it persists, check the"
                + " CommServe's web server.", e);
    }
}

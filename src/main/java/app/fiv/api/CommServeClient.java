package app.fiv.api;

import app.fiv.model.ErrorBodyException;
import app.fiv.model.FailedItemsJsonReader;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.ResponseFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * The CommServe REST API as the viewer needs it: log in, check a session, read a job's summary
 * and its failed items. Thread-safe; every call blocks, so callers run it off the UI thread.
 */
public final class CommServeClient {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final Exchange exchange;
    private final String deviceId;
    private final Duration responseTimeout;

    public CommServeClient(HttpClient http, String deviceId, Duration responseTimeout) {
        this.exchange = new Exchange(http);
        this.deviceId = deviceId;
        this.responseTimeout = responseTimeout;
    }

    /** A client that never follows redirects, so a token never travels to another address. */
    public static CommServeClient create(String deviceId) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new CommServeClient(http, deviceId, DEFAULT_RESPONSE_TIMEOUT);
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
        throw new ApiException(ApiException.Kind.SERVER, "No Commvault REST API answered at "
                + String.join(" or ", server.candidates().stream().map(URI::toString).toList())
                + " (404 Not Found). Give the full web service URL, e.g. https://"
                + server.candidates().get(0).getHost() + "/commandcenter/api.");
    }

    /** Empty when nothing answers at that path (404), so the next usual path can be tried. */
    private Optional<Session> loginAt(URI webService, String user, char[] password, CancelSignal cancel)
            throws ApiException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(webService, "Login"))
                .timeout(responseTimeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LoginRequest.body(user, password, deviceId)))
                .build();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            if (response.status() == 404) {
                return Optional.empty();
            }
            if (!response.ok() && response.status() != 401) {
                throw ErrorResponses.forStatus(response.status(), response.contentType(), response.body(), request.uri(), false);
            }
            BodyKind kind = BodyKind.of(response.contentType(), response.body());
            if (kind != BodyKind.JSON) {
                throw ErrorResponses.unexpectedBody(kind, response.body(), request.uri());
            }
            return Optional.of(LoginResponseReader.read(ErrorResponses.readBounded(response.body()), webService, user));
        } catch (IOException e) {
            throw failedRead(e, request.uri(), cancel);
        }
    }

    /** Confirms that the server still accepts the session's token. */
    public void checkSession(Session session, CancelSignal cancel) throws ApiException {
        HttpRequest request = authorized(session, "WhoAmI").GET().build();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            if (!response.ok()) {
                throw ErrorResponses.forStatus(response.status(), response.contentType(), response.body(), request.uri(), false);
            }
        } catch (IOException e) {
            throw failedRead(e, request.uri(), cancel);
        }
    }

    public JobSummary jobSummary(Session session, long jobId, CancelSignal cancel) throws ApiException {
        HttpRequest request = authorized(session, "Job/" + jobId).GET().build();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            requireJson(response, request.uri());
            Optional<JobSummary> summary = JobSummaryReader.read(response.body(), jobId);
            return summary.orElseThrow(() -> notFound(jobId, session));
        } catch (JsonProcessingException e) {
            cancel.throwIfCancelled();
            throw new ApiException(ApiException.Kind.SERVER, "The summary of job " + jobId + " from "
                    + NetworkErrors.hostAndPort(request.uri()) + " is not valid JSON or is incomplete.", e);
        } catch (IOException e) {
            throw failedRead(e, request.uri(), cancel);
        }
    }

    /**
     * Downloads and parses a job's failed items as they stream in.
     *
     * @param bytesReceived told the running total of bytes read, from the calling thread
     */
    public FailedItemsTable failedItems(Session session, long jobId, CancelSignal cancel, LongConsumer bytesReceived)
            throws ApiException {
        HttpRequest request = authorized(session, "Job/" + jobId + "/FailedItems").GET().build();
        try (Exchange.Response response = exchange.send(request, cancel)) {
            requireJson(response, request.uri());
            return FailedItemsJsonReader.read(new CountingInputStream(response.body(), bytesReceived));
        } catch (ErrorBodyException e) {
            throw new ApiException(ApiException.Kind.SERVER, "The CommServe at "
                    + NetworkErrors.hostAndPort(request.uri()) + " could not list the failed items of job "
                    + jobId + ": " + e.getMessage());
        } catch (ResponseFormatException e) {
            cancel.throwIfCancelled();
            throw new ApiException(ApiException.Kind.SERVER, "The failed items of job " + jobId + " from "
                    + NetworkErrors.hostAndPort(request.uri()) + " could not be read. " + e.getMessage(), e);
        } catch (IOException e) {
            throw failedRead(e, request.uri(), cancel);
        }
    }

    private void requireJson(Exchange.Response response, URI uri) throws IOException, ApiException {
        if (!response.ok()) {
            throw ErrorResponses.forStatus(response.status(), response.contentType(), response.body(), uri, true);
        }
        BodyKind kind = BodyKind.of(response.contentType(), response.body());
        if (kind != BodyKind.JSON) {
            throw ErrorResponses.unexpectedBody(kind, response.body(), uri);
        }
    }

    private HttpRequest.Builder authorized(Session session, String path) {
        return HttpRequest.newBuilder(endpoint(session.webService(), path))
                .timeout(responseTimeout)
                .header("Accept", "application/json")
                .header("Authtoken", session.token());
    }

    private static URI endpoint(URI webService, String path) {
        String base = webService.toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    private static ApiException notFound(long jobId, Session session) {
        return new ApiException(ApiException.Kind.NOT_FOUND, "Job " + jobId + " was not found on "
                + session.webService().getHost() + ". Check the job ID.");
    }

    private static ApiException failedRead(IOException e, URI uri, CancelSignal cancel) {
        if (cancel.isCancelled()) {
            throw new CancellationException("cancelled");
        }
        ApiException network = NetworkErrors.of(e, uri);
        return new ApiException(ApiException.Kind.NETWORK, "The answer from " + NetworkErrors.hostAndPort(uri)
                + " was interrupted before it was complete. " + network.getMessage(), e);
    }
}

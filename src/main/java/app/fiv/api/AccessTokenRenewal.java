package app.fiv.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

/**
 * {@code POST V4/AccessToken/Renew}: the body (the pair to renew) and its answer (the next pair
 * with its times in Unix seconds, or {@code error{errorCode, errorMessage}}).
 */
final class AccessTokenRenewal {
    static final String PATH = "V4/AccessToken/Renew";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int MAX_SERVER_TEXT = 300;

    private AccessTokenRenewal() {
    }

    /**
     * Sends the renewal. A failure after the request may have reached the server says that the
     * pair may be renewed all the same, as the old pair is then retired for good.
     */
    static Session send(Exchange exchange, ClientTimeouts timeouts, Session session, Credential.AccessToken token,
                        CancelSignal cancel) throws ApiException {
        HttpCall request = HttpCall.newBuilder(CommServeClient.endpoint(session.webService(), PATH))
                .header("Accept", "application/json") // V4 endpoints speak only JSON
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.accessToken())
                .post(body(token));
        try (Exchange.Response response = exchange.send(request, cancel)) {
            int status = response.status();
            if (status == 404) {
                throw new ApiException(ApiException.Kind.SERVER, "The CommServe at " + NetworkErrors.hostAndPort(request.uri())
                        + " has no " + PATH + " (404 Not Found), so its access tokens cannot be renewed from here:"
                        + " create a new one in " + Credential.AccessToken.whereToManage(session.userName())
                        + ", or log in with a password.");
            }
            if (!response.ok() && status != 400 && status != 401 && status != 403) {
                throw ErrorResponses.forStatus(response, request.uri(), false);
            }
            return read(status, ErrorResponses.readBounded(response.body()), session, request.uri());
        } catch (IOException e) {
            throw mayHaveRenewed(CommServeClient.cutOff(e, request.uri(), cancel));
        } catch (ApiException e) {
            throw e.kind() == ApiException.Kind.NETWORK && reachedTheServer(e) ? mayHaveRenewed(e) : e;
        }
    }

    private static ApiException mayHaveRenewed(ApiException e) {
        return new ApiException(e.kind(), e.getMessage() + " The CommServe may have renewed the access token without"
                + " the answer arriving; if the next renewal is refused, create a new access token.", e);
    }

    /** False for failures before the request could reach the server: nothing can have been renewed then. */
    private static boolean reachedTheServer(ApiException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException
                    || cause instanceof SSLHandshakeException) {
                return false;
            }
        }
        return e.getCause() != null;
    }

    static byte[] body(Credential.AccessToken token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("accessToken", token.accessToken());
            json.writeStringField("refreshToken", token.refreshToken());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The renewed session, or the refusal as a "session rejected" error that says what to do. */
    static Session read(int status, byte[] body, Session old, URI target) throws ApiException {
        Credential.AccessToken used = (Credential.AccessToken) old.credential();
        JsonNode root = AnswerTrees.parse(body);
        JsonNode error = root == null ? null : root.path("error");
        long code = error == null ? 0 : error.path("errorCode").asLong(root.path("errorCode").asLong(0));
        String access = root == null ? "" : root.path("accessToken").asText("").strip();
        String refresh = root == null ? "" : root.path("refreshToken").asText("").strip();
        if (status >= 200 && status < 300 && code == 0 && !access.isEmpty() && !refresh.isEmpty()) {
            return old.with(new Credential.AccessToken(access, refresh,
                    epochSeconds(root.path("tokenExpiryTimestamp")), epochSeconds(root.path("renewableUntilTimestamp"))));
        }
        if (root == null && status >= 200 && status < 300) {
            throw new ApiException(ApiException.Kind.SERVER, "The CommServe at " + NetworkErrors.hostAndPort(target)
                    + " answered the renewal of the access token with something that is not JSON. Try again later;"
                    + " if it persists, check the CommServe's web server.");
        }
        String said = root == null ? "" : error.path("errorMessage").asText(root.path("errorMessage").asText(""));
        String reason = plain(said, used);
        throw ApiException.sessionRejected("This access token can no longer be renewed (the CommServe at " + NetworkErrors.hostAndPort(target)
                + (reason.isEmpty() ? " refused it, HTTP " + status : " says: " + reason + (code == 0 ? "" : " [error " + code + "]"))
                + "); create a new one in " + Credential.AccessToken.whereToManage(old.userName()) + ".");
    }

    /** The server's words on one line, short, and without the tokens should a server echo them. */
    private static String plain(String said, Credential.AccessToken used) {
        String text = said.replace(used.accessToken(), "[redacted]").replace(used.refreshToken(), "[redacted]")
                .replaceAll("\\p{Cntrl}+", " ").strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.length() > MAX_SERVER_TEXT ? text.substring(0, MAX_SERVER_TEXT) + "…" : text;
    }

    private static Optional<Instant> epochSeconds(JsonNode value) {
        long seconds = value.asLong(0);
        return seconds > 0 ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }
}

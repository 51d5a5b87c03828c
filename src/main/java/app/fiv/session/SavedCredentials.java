package app.fiv.session;

import app.fiv.api.Credential;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A credential as the token store keeps it: one secret per server and user, so that a renewed
 * pair replaces the old one in a single write (one keyring entry, one file rename) and the two
 * tokens can never get out of step. A session token is kept as itself, as before access tokens;
 * a pair as a small JSON object.
 */
public final class SavedCredentials {
    private static final String KIND = "kind";
    private static final String ACCESS_TOKEN_KIND = "accessToken";
    // Jackson may quote what it could not parse in its messages; that text is a secret.
    private static final ObjectMapper JSON = JsonMapper.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private SavedCredentials() {
    }

    public static String encode(Credential credential) {
        if (credential instanceof Credential.AccessToken pair) {
            ObjectNode saved = JSON.createObjectNode()
                    .put(KIND, ACCESS_TOKEN_KIND)
                    .put("accessToken", pair.accessToken())
                    .put("refreshToken", pair.refreshToken());
            pair.expires().ifPresent(at -> saved.put("expires", at.getEpochSecond()));
            pair.renewableUntil().ifPresent(at -> saved.put("renewableUntil", at.getEpochSecond()));
            return saved.toString();
        }
        return credential.requestToken();
    }

    /** Empty when a saved pair is damaged: it cannot be used, nor mistaken for a session token. */
    public static Optional<Credential> decode(String saved) {
        if (!saved.strip().startsWith("{")) {
            return Optional.of(new Credential.SessionToken(saved));
        }
        try {
            JsonNode root = JSON.readTree(saved);
            String access = root.path("accessToken").asText("");
            String refresh = root.path("refreshToken").asText("");
            if (!root.path(KIND).asText("").equals(ACCESS_TOKEN_KIND) || access.isBlank() || refresh.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Credential.AccessToken(access, refresh, instant(root.path("expires")),
                    instant(root.path("renewableUntil"))));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** True if a saved secret holds this credential (for a pair: the same access token). */
    static boolean holds(String saved, Credential credential) {
        return decode(saved).map(Credential::requestToken).filter(credential.requestToken()::equals).isPresent();
    }

    private static Optional<Instant> instant(JsonNode seconds) {
        return seconds.canConvertToLong() && seconds.asLong() > 0 ? Optional.of(Instant.ofEpochSecond(seconds.asLong()))
                : Optional.empty();
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST V4/AccessToken/Renew}, header {@code Authorization: Bearer <accessToken>} (expired is
 * fine: that is when one renews), body {@code {"accessToken", "refreshToken"}}. The answer is the
 * new pair with its times in Unix seconds, or {@code {"error": {"errorCode", "errorMessage"}}} with
 * HTTP 400 (a malformed request) or 401 (a pair that cannot be renewed). Always JSON: V4 endpoints
 * speak nothing else.
 */
final class AccessTokenEndpoint {

    private final AccessTokens tokens;

    AccessTokenEndpoint(AccessTokens tokens) {
        this.tokens = tokens;
    }

    ApiResponse renew(ApiRequest request) {
        Optional<String> bearer = bearer(request);
        if (bearer.isEmpty()) {
            return error(401, AccessTokens.INVALID, "The request needs the header Authorization: Bearer <accessToken>.");
        }
        Optional<JsonNode> body = RequestBodies.jsonObject(request.body());
        String access = body.map(node -> RequestBodies.text(node, "accessToken")).orElse(null);
        String refresh = body.map(node -> RequestBodies.text(node, "refreshToken")).orElse(null);
        if (access == null || refresh == null) {
            return error(400, 400, "The request body must be a JSON object with accessToken and refreshToken.");
        }
        if (!access.equals(bearer.get())) {
            return error(400, 400, "The access token of the Authorization header and of the body differ.");
        }
        AccessTokens.Renewal renewal = tokens.renew(access, refresh);
        if (renewal instanceof AccessTokens.Renewal.Refused refused) {
            return error(401, refused.errorCode(), refused.errorMessage());
        }
        AccessTokens.Renewal.Renewed renewed = (AccessTokens.Renewal.Renewed) renewal;
        ObjectNode answer = Json.object()
                .put("accessToken", renewed.pair().accessToken())
                .put("refreshToken", renewed.pair().refreshToken())
                .put("tokenExpiryTimestamp", renewed.expires().getEpochSecond())
                .put("refreshTokenExpiryTimestamp", renewed.refreshExpires().getEpochSecond())
                .put("renewableUntilTimestamp", renewed.renewableUntil().getEpochSecond())
                .put("tokenType", "Bearer")
                .put("accessTokenId", renewed.accessTokenId())
                .put("tokenName", AccessTokens.TOKEN_NAME)
                .put("userId", DemoUser.ID);
        return json(200, answer);
    }

    /** The token of an {@code Authorization: Bearer <token>} header (the scheme in any letter case). */
    static Optional<String> bearer(ApiRequest request) {
        String header = request.header("Authorization");
        if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static ApiResponse error(int status, int code, String message) {
        ObjectNode answer = Json.object();
        answer.putObject("error").put("errorCode", code).put("errorMessage", message);
        return json(status, answer);
    }

    private static ApiResponse json(int status, ObjectNode body) {
        return new RawResponse(status, ResponseFormat.JSON.contentType(),
                body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }
}

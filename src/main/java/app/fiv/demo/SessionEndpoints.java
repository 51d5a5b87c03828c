package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/** {@code POST /RenewLoginToken}, {@code POST /Logout} and {@code GET /WhoAmI}. */
final class SessionEndpoints {

    private final TokenStore tokens;

    SessionEndpoints(TokenStore tokens) {
        this.tokens = tokens;
    }

    /**
     * Needs no live Authtoken: renewing is how a client recovers once its token has expired. The
     * old token comes in the body as {@code sessionId}, with the deviceId sent at login.
     */
    ApiResponse renew(ApiRequest request) {
        Optional<JsonNode> body = RequestBodies.jsonObject(request.body());
        if (body.isEmpty()) {
            return ApiErrors.badRequest("The request body must be a JSON object with sessionId and deviceId.");
        }
        return tokens.renew(RequestBodies.text(body.get(), "sessionId"), RequestBodies.text(body.get(), "deviceId"))
                .map(token -> ApiResponse.structured(200, LoginEndpoint.XML_ROOT, Json.object().put("token", token)))
                .orElseGet(ApiErrors::accessDenied);
    }

    ApiResponse logout(String token) {
        tokens.logout(token);
        return ApiResponse.plainText(200, "User logged out");
    }

    ApiResponse whoAmI(String token) {
        ObjectNode user = Json.object()
                .put("id", DemoUser.ID)
                .put("name", tokens.userOf(token).orElse(DemoCommServe.USER))
                .put("fullName", DemoUser.FULL_NAME)
                .put("email", DemoUser.EMAIL)
                .put("GUID", DemoUser.GUID)
                .put("description", "Read-only account of the built-in demo CommServe");
        user.putArray("userGroups").addObject().put("userGroupId", 1).put("userGroupName", "master");
        return ApiResponse.structured(200, "WhoAmIResp", user);
    }
}

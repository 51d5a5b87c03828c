package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code POST /Login}. Commvault expects the password Base64-encoded (UTF-8 bytes); a client that
 * sends it in plain text is refused exactly as a wrong password is. Failed logins still answer
 * HTTP 200, with an {@code errList} instead of a token.
 */
final class LoginEndpoint {

    static final String XML_ROOT = "DM2ContentIndexing_CheckCredentialResp";
    /** Any password for this user meets a locked account. */
    static final String LOCKED_USER = "locked";
    /** Any password for this user is refused with a message full of terminal control sequences. */
    static final String ESCAPES_USER = "escapes";

    private final TokenStore tokens;

    LoginEndpoint(TokenStore tokens) {
        this.tokens = tokens;
    }

    ApiResponse login(ApiRequest request) {
        Optional<JsonNode> body = RequestBodies.jsonObject(request.body());
        if (body.isEmpty()) {
            return ApiErrors.badRequest("The request body must be a JSON object with username, password and deviceId.");
        }
        String user = RequestBodies.text(body.get(), "username");
        String password = RequestBodies.text(body.get(), "password");
        String deviceId = RequestBodies.text(body.get(), "deviceId");
        if (user == null || password == null || deviceId == null) {
            return ApiErrors.badRequest("Missing required field: username, password and deviceId are all required.");
        }
        if (user.equalsIgnoreCase(LOCKED_USER)) {
            return ApiResponse.structured(200, XML_ROOT, locked());
        }
        if (user.equalsIgnoreCase(ESCAPES_USER)) {
            return ApiResponse.structured(200, XML_ROOT, refused(HostileAnswerJobs.TERMINAL_ESCAPES, 5));
        }
        // User names are case-insensitive on a CommServe; passwords are not.
        if (!user.equalsIgnoreCase(DemoCommServe.USER) || !DemoCommServe.PASSWORD.equals(decode(password))) {
            return ApiResponse.structured(200, XML_ROOT, invalidCredentials());
        }
        return ApiResponse.structured(200, XML_ROOT, success(tokens.login(DemoCommServe.USER, deviceId)));
    }

    /** Plain text such as "failed-items" is not valid Base64 and decodes to nothing. */
    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static ObjectNode success(String token) {
        ObjectNode body = Json.object()
                .put("aliasName", "5")
                .put("userGUID", DemoUser.GUID)
                .put("loginAttempts", 0)
                .put("remainingLockTime", 0)
                .put("smtpAddress", DemoUser.EMAIL)
                .put("userName", DemoCommServe.USER)
                .put("providerType", 1)
                .put("ccn", 0)
                .put("token", token)
                .put("capability", 4_328_650_366_975L)
                .put("forcePasswordChange", false)
                .put("isAccountLocked", false);
        body.putObject("ownerOrganization")
                .put("providerId", 0)
                .put("GUID", "7c1a2f0e-32b5-4f3c-8d55-0c6b9e1d4a27")
                .put("providerDomainName", "Commcell");
        body.putObject("additionalResp").putArray("nameValues")
                .add(Json.object().put("name", "USERNAME").put("value", DemoCommServe.USER))
                .add(Json.object().put("name", "autoLoginType").put("value", ""));
        body.putArray("providers").addObject()
                .put("providerId", 0)
                .put("providerDomainName", "Commcell");
        return body;
    }

    private static ObjectNode invalidCredentials() {
        return refused("Invalid Username or Password", 5);
    }

    private static ObjectNode refused(String message, int code) {
        ObjectNode body = Json.object().put("loginAttempts", 1).put("remainingLockTime", 0);
        body.putArray("errList").addObject()
                .put("errLogMessage", message)
                .put("errorCode", code);
        return body;
    }

    private static ObjectNode locked() {
        ObjectNode body = Json.object().put("isAccountLocked", true).put("remainingLockTime", 720);
        body.putArray("errList").addObject()
                .put("errLogMessage", "User account is locked. Please try again later.")
                .put("errorCode", 1116);
        return body;
    }
}

package app.fiv.demo;

/** The error answers that several endpoints share. */
final class ApiErrors {

    static final String ACCESS_DENIED =
            "Access denied: the session token is missing, invalid or expired. Log in again.";

    private ApiErrors() {
    }

    static ApiResponse accessDenied() {
        return ApiResponse.error(401, 401, ACCESS_DENIED);
    }

    static ApiResponse badRequest(String message) {
        return ApiResponse.error(400, 400, message);
    }
}

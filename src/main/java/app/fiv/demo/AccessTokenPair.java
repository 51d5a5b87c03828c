package app.fiv.demo;

/**
 * An access token and its refresh token, as a user creates them in Command Center (see
 * {@link DemoCommServe#issueAccessToken()}). {@link #toString()} shows neither token.
 */
public record AccessTokenPair(String accessToken, String refreshToken) {

    /** {@code {"accessToken": "...", "refreshToken": "..."}}, the file a user saves for {@code --token-file}. */
    public String toJson() {
        return Json.object().put("accessToken", accessToken).put("refreshToken", refreshToken).toString();
    }

    @Override
    public String toString() {
        return "AccessTokenPair[accessToken=***, refreshToken=***]";
    }
}

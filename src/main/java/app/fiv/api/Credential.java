package app.fiv.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a session proves itself with on every request: the token of a password login, or an access
 * token created in Command Center with its refresh token. Both are secrets, so neither ever shows
 * in {@link #toString()}.
 */
public sealed interface Credential permits Credential.SessionToken, Credential.AccessToken {

    /** The secret sent with every request: the session token, or the access token. */
    String requestToken();

    /** The token of {@code POST Login}: sent as {@code Authtoken}, renewed with {@code RenewLoginToken}. */
    record SessionToken(String token) implements Credential {
        public SessionToken {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String requestToken() {
            return token;
        }

        @Override
        public String toString() {
            return "SessionToken[(hidden)]";
        }
    }

    /**
     * An access token and its refresh token: sent as {@code Authorization: Bearer}, renewed with
     * {@code POST V4/AccessToken/Renew}, which retires this pair for good. Renewing a retired pair
     * again makes the CommServe revoke every token of its chain.
     *
     * @param expires        when the access token stops working, if the server said
     * @param renewableUntil after this the pair can no longer be renewed, if the server said
     */
    record AccessToken(String accessToken, String refreshToken, Optional<Instant> expires,
                       Optional<Instant> renewableUntil) implements Credential {
        private static final int MAX_LENGTH = 8192;

        public AccessToken {
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(expires, "expires");
            Objects.requireNonNull(renewableUntil, "renewableUntil");
        }

        public AccessToken(String accessToken, String refreshToken) {
            this(accessToken, refreshToken, Optional.empty(), Optional.empty());
        }

        /**
         * A pair as the admin pasted or saved it, checked before anything is sent: surrounding
         * blanks and a leading "Bearer " are dropped; a token must be one word of visible ASCII,
         * since it goes into an HTTP header as it is.
         */
        public static AccessToken parse(String accessToken, String refreshToken) throws ApiException {
            String access = clean(accessToken, "access token");
            String refresh = clean(refreshToken, "refresh token");
            if (access.equals(refresh)) {
                throw new ApiException(ApiException.Kind.INVALID_INPUT, "The access token and the refresh token are"
                        + " the same: paste each of the two tokens Command Center showed into its own place.");
            }
            return new AccessToken(access, refresh);
        }

        /** True if both hold the same access token, the part that tells one pair of a chain from the next. */
        public boolean samePairAs(AccessToken other) {
            return accessToken.equals(other.accessToken);
        }

        /** Where the admin creates and deletes access tokens, in words: "Command Center under Manage → …". */
        public static String whereToManage(String userName) {
            String user = userName == null || userName.isBlank() ? "your user" : userName.strip();
            return "Command Center under Manage → Security → Users → " + user + " → Access tokens";
        }

        @Override
        public String requestToken() {
            return accessToken;
        }

        @Override
        public String toString() {
            return "AccessToken[accessToken=(hidden), refreshToken=(hidden)"
                    + renewableUntil.map(until -> ", renewable until " + until).orElse("") + "]";
        }

        private static String clean(String text, String what) throws ApiException {
            String token = text == null ? "" : text.strip();
            if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
                token = token.substring(7).strip();
            }
            if (token.isEmpty()) {
                throw new ApiException(ApiException.Kind.INVALID_INPUT, "Paste the " + what + " as Command Center"
                        + " showed it when the token was created.");
            }
            if (token.length() > MAX_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                // The token itself is not quoted: it may be a real one, pasted with a stray character.
                throw new ApiException(ApiException.Kind.INVALID_INPUT, "The " + what + " contains spaces or"
                        + " characters a token never has (or is longer than " + MAX_LENGTH + " characters):"
                        + " paste it again, exactly as Command Center showed it.");
            }
            return token;
        }
    }
}

package app.fiv.demo;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Session tokens issued by one demo server. A token is live from login until logout, renewal or
 * {@link #expireAll()}; an expired (but not logged-out or renewed) token can still be renewed,
 * which is what a client's "renew then retry" path relies on.
 */
final class TokenStore {

    private static final int TOKEN_BYTES = 160;

    private record Session(String userName, String deviceId, int generation) {
    }

    private final Map<String, Session> sessions = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    /** Sessions from an older generation are expired; expiring all is just moving on. */
    private int generation;
    private boolean renewalEnabled = true;
    private int logins;

    synchronized String login(String userName, String deviceId) {
        logins++;
        return issue(userName, deviceId);
    }

    synchronized boolean isLive(String token) {
        Session session = token == null ? null : sessions.get(token);
        return session != null && session.generation() == generation;
    }

    synchronized Optional<String> userOf(String token) {
        return Optional.ofNullable(sessions.get(token)).map(Session::userName);
    }

    /** A new token for the same session, if allowed; the old token is then gone for good. */
    synchronized Optional<String> renew(String oldToken, String deviceId) {
        Session session = oldToken == null ? null : sessions.get(oldToken);
        if (!renewalEnabled || session == null || !session.deviceId().equals(deviceId)) {
            return Optional.empty();
        }
        sessions.remove(oldToken);
        return Optional.of(issue(session.userName(), session.deviceId()));
    }

    synchronized void logout(String token) {
        sessions.remove(token);
    }

    synchronized void expireAll() {
        generation++;
    }

    synchronized void setRenewalEnabled(boolean enabled) {
        renewalEnabled = enabled;
    }

    synchronized int loginCount() {
        return logins;
    }

    private String issue(String userName, String deviceId) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = "QSDK " + HexFormat.of().formatHex(secret);
        sessions.put(token, new Session(userName, deviceId, generation));
        return token;
    }
}

package app.fiv.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The access tokens of one server, in chains: a pair created "in Command Center" starts a chain,
 * each renewal adds the next pair to it and retires the one renewed. An access token works for
 * {@link #LIFETIME}; its pair can be renewed up to {@link #RENEWAL_WINDOW} after that, as long as
 * the chain is younger than {@link #RENEWABLE_FOR}. Renewing a retired pair revokes the whole chain.
 */
final class AccessTokens {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final Duration RENEWAL_WINDOW = Duration.ofDays(14);
    static final Duration RENEWABLE_FOR = Duration.ofDays(90);
    static final String TOKEN_NAME = "demo-script-token";

    private static final class Chain {
        final int id;
        Instant renewableUntil;
        boolean revoked;

        Chain(int id, Instant renewableUntil) {
            this.id = id;
            this.renewableUntil = renewableUntil;
        }
    }

    private static final class Pair {
        final String refreshToken;
        final Chain chain;
        Instant expires;
        boolean retired;

        Pair(String refreshToken, Chain chain, Instant expires) {
            this.refreshToken = refreshToken;
            this.chain = chain;
            this.expires = expires;
        }
    }

    /** A renewal's outcome: the new pair and its times, or why it was refused. */
    sealed interface Renewal {
        record Renewed(AccessTokenPair pair, int accessTokenId, Instant expires, Instant refreshExpires,
                       Instant renewableUntil) implements Renewal {
        }

        record Refused(int errorCode, String errorMessage) implements Renewal {
        }
    }

    static final int INVALID = 5;
    static final int REVOKED = 6;
    static final int LIMIT_REACHED = 7;
    static final int RENEWAL_EXPIRED = 8;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pair> pairs = new HashMap<>();
    private int chains;
    private int renewals;
    private int revokedChains;

    AccessTokens(Clock clock) {
        this.clock = clock;
    }

    synchronized AccessTokenPair issue() {
        Instant now = clock.instant();
        return add(new Chain(++chains, now.plus(RENEWABLE_FOR)), now);
    }

    synchronized boolean isLive(String accessToken) {
        Pair pair = accessToken == null ? null : pairs.get(accessToken);
        return pair != null && !pair.retired && !pair.chain.revoked && clock.instant().isBefore(pair.expires);
    }

    synchronized Renewal renew(String accessToken, String refreshToken) {
        Pair pair = pairs.get(accessToken);
        if (pair == null || !pair.refreshToken.equals(refreshToken)) {
            return new Renewal.Refused(INVALID, "The access token or the refresh token is not valid.");
        }
        if (pair.chain.revoked) {
            return new Renewal.Refused(REVOKED, "This token was revoked because a pair that had already been renewed"
                    + " was used again. Create a new access token in Command Center.");
        }
        if (pair.retired) {
            pair.chain.revoked = true;
            revokedChains++;
            return new Renewal.Refused(REVOKED, "This pair was already renewed. Renewing an older pair revokes every"
                    + " token of its chain: all of them have been revoked. Create a new access token in Command Center.");
        }
        Instant now = clock.instant();
        if (now.isAfter(pair.chain.renewableUntil)) {
            return new Renewal.Refused(LIMIT_REACHED, "The token has reached its renewable limit and cannot be renewed"
                    + " any more. Create a new access token in Command Center.");
        }
        if (now.isAfter(pair.expires.plus(RENEWAL_WINDOW))) {
            return new Renewal.Refused(RENEWAL_EXPIRED, "The refresh token has expired: a token can be renewed up to 14"
                    + " days after it expires. Create a new access token in Command Center.");
        }
        pair.retired = true;
        renewals++;
        AccessTokenPair renewed = add(pair.chain, now);
        Instant expires = now.plus(LIFETIME);
        return new Renewal.Renewed(renewed, pair.chain.id, expires, expires.plus(RENEWAL_WINDOW), pair.chain.renewableUntil);
    }

    /** Every access token issued so far gets 401 from now on; each pair can still be renewed. */
    synchronized void expireAll() {
        Instant now = clock.instant();
        pairs.values().forEach(pair -> pair.expires = pair.expires.isAfter(now) ? now : pair.expires);
    }

    /** Every chain so far is past its renewable limit. */
    synchronized void reachRenewableLimit() {
        Instant past = clock.instant().minusSeconds(1);
        pairs.values().forEach(pair -> pair.chain.renewableUntil = past);
    }

    synchronized int renewals() {
        return renewals;
    }

    synchronized int revokedChains() {
        return revokedChains;
    }

    private AccessTokenPair add(Chain chain, Instant now) {
        AccessTokenPair pair = new AccessTokenPair(secret(), secret());
        pairs.put(pair.accessToken(), new Pair(pair.refreshToken(), chain, now.plus(LIFETIME)));
        return pair;
    }

    private String secret() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package app.fiv.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where the CommServe's REST API lives, from what the admin typed: a full web service URL is used
 * as it is; a bare host (or scheme and host) is tried at the two usual web service paths.
 */
public final class ServerAddress {
    public static final List<String> DEFAULT_PATHS = List.of("/commandcenter/api", "/webconsole/api");

    private final String display;
    private final List<URI> candidates;

    private ServerAddress(String display, List<URI> candidates) {
        this.display = display;
        this.candidates = List.copyOf(candidates);
    }

    /** The address as the admin wrote it, tidied: what the app remembers and shows. */
    public String display() {
        return display;
    }

    /** The web service URLs to try, in order. */
    public List<URI> candidates() {
        return candidates;
    }

    public static ServerAddress of(URI webService) {
        return new ServerAddress(webService.toString(), List.of(webService));
    }

    public static ServerAddress parse(String text) throws ApiException {
        String input = text == null ? "" : text.strip();
        while (input.endsWith("/")) {
            input = input.substring(0, input.length() - 1);
        }
        if (input.isEmpty()) {
            throw invalid("Type the CommServe's host name or its web service URL, for example "
                    + "commserve.example.com or https://commserve.example.com/commandcenter/api.");
        }
        if (input.matches("(?i)[a-z][a-z0-9+.-]*:")) {
            throw invalid("\"" + text.strip() + "\" has no host name: add one, e.g. https://commserve.example.com.");
        }
        if (input.chars().anyMatch(Character::isWhitespace)) {
            throw invalid("The server address contains a space: type a host name or URL without spaces.");
        }
        boolean hasScheme = input.contains("://");
        URI uri = toUri(hasScheme ? input : "https://" + input);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid("The server URL must start with https:// or http://, not " + scheme + "://.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("\"" + input + "\" has no valid host name. Use a name like commserve.example.com"
                    + " (letters, digits, dots and hyphens).");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("Put the user name in the User field, not in the server address.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid("The server address must not contain '?' or '#': give the web service URL only.");
        }
        String root = scheme + "://" + uri.getRawAuthority();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty()) {
            return new ServerAddress(root + path, List.of(toUri(root + path)));
        }
        List<URI> tries = DEFAULT_PATHS.stream().map(p -> toUriUnchecked(root + p)).toList();
        return new ServerAddress(hasScheme ? root : uri.getRawAuthority(), tries);
    }

    private static URI toUri(String text) throws ApiException {
        try {
            URI uri = new URI(text);
            if (uri.getPort() == 0 || uri.getPort() > 65535) {
                throw invalid("The port in \"" + text + "\" must be between 1 and 65535.");
            }
            if (uri.getHost() == null && uri.getRawAuthority() != null && uri.getRawAuthority().contains(":")) {
                throw invalid("The port in \"" + text + "\" must be a number, e.g. commserve.example.com:443.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid("\"" + text + "\" is not a valid server address (" + e.getReason() + ").");
        }
    }

    private static URI toUriUnchecked(String text) {
        return URI.create(text);
    }

    private static ApiException invalid(String message) {
        return new ApiException(ApiException.Kind.INVALID_INPUT, message);
    }

    @Override
    public String toString() {
        return display;
    }
}

package app.fiv.demo;

import java.util.Locale;
import java.util.Map;

/**
 * The demo server answers only requests addressed to this computer: a {@code Host} header naming
 * {@code localhost}, an address of 127.0.0.0/8 or {@code [::1]}, with any port. A web page cannot
 * then reach it by DNS rebinding (its own name made to resolve to 127.0.0.1: the browser still
 * sends that name as the Host). Anything else, a missing Host included, gets HTTP 421 Misdirected
 * Request with a plain-text reason, before any endpoint sees the request.
 */
final class LoopbackHost {

    static final int MISDIRECTED = 421;
    private static final int MAX_ECHOED = 100;

    private LoopbackHost() {
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end > 0 && isPort(name.substring(end + 1)) && isIpv6Loopback(name.substring(1, end));
        }
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            if (!isPort(name.substring(colon))) {
                return false;
            }
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.equals("localhost") || isIpv4Loopback(name);
    }

    static ApiResponse refusal(String host) {
        String named = host == null ? "a request without a Host header"
                : "a request for \"" + printable(host) + "\"";
        return new PlainResponse(MISDIRECTED, "text/plain;charset=utf-8", "421 Misdirected Request: this demo CommServe"
                + " answers only requests addressed to this computer (localhost, 127.0.0.1 or [::1]), not " + named
                + ". Use the address it printed when it started.", Map.of());
    }

    /** Empty, or a colon and 1 to 5 digits. */
    private static boolean isPort(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}");
    }

    private static boolean isIpv4Loopback(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6Loopback(String address) {
        return address.equals("::1") || address.matches("(0{1,4}:){7}0{0,3}1") || address.equals("0:0:0:0:0:0:0:1");
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < MAX_ECHOED; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return out.toString();
    }
}

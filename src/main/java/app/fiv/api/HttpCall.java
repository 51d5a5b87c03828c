package app.fiv.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP request as the client sends it: method, address, headers and body. The body array is
 * the caller's and is not copied, so a login can wipe the encoded password once it has been sent.
 *
 * @param body the request body, or null for none
 */
record HttpCall(String method, URI uri, List<Header> headers, byte[] body) {

    record Header(String name, String value) {
    }

    HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
    }

    static Builder newBuilder(URI uri) {
        return new Builder(uri);
    }

    /** Builds a call in the order the client's code reads best: address, headers, then method and body. */
    static final class Builder {
        private final URI uri;
        private final List<Header> headers = new ArrayList<>();

        private Builder(URI uri) {
            this.uri = uri;
        }

        Builder header(String name, String value) {
            if (name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                // A value with a line break would smuggle a header of its own into the request.
                throw new IllegalArgumentException("a header may not contain a line break: " + name);
            }
            headers.add(new Header(name, value));
            return this;
        }

        HttpCall get() {
            return new HttpCall("GET", uri, headers, null);
        }

        HttpCall post(byte[] body) {
            return new HttpCall("POST", uri, headers, body);
        }
    }
}

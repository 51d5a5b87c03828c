package app.fiv.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/** The JSON layout of the token file; {@code version} lets a later release change it knowingly. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenFileContent(int version, List<Entry> entries) {

    static final int CURRENT_VERSION = 1;

    TokenFileContent {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String server, String user, String token) {

        Entry {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(token, "token");
        }

        boolean isFor(String server, String user) {
            return this.server.equals(server) && this.user.equals(user);
        }

        /** Keeps the token out of logs and debugger views. */
        @Override
        public String toString() {
            return "Entry[server=" + server + ", user=" + user + ", token=<hidden>]";
        }
    }
}

package app.fiv.cli;

import app.fiv.settings.TokenStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A token store in memory, for tests. */
final class MemoryTokenStore implements TokenStore {
    final Map<String, String> tokens = new HashMap<>();

    @Override
    public synchronized Optional<String> load(String server, String user) {
        return Optional.ofNullable(tokens.get(server + "|" + user));
    }

    @Override
    public synchronized void save(String server, String user, String token) {
        tokens.put(server + "|" + user, token);
    }

    @Override
    public synchronized void delete(String server, String user) {
        tokens.remove(server + "|" + user);
    }

    @Override
    public String description() {
        return "memory";
    }
}

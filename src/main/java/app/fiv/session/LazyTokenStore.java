package app.fiv.session;

import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStoreException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens the real token store on first use. Probing the OS keyring can take seconds, and first
 * use always happens in background work, never while the window is being built.
 */
public final class LazyTokenStore implements TokenStore {
    private final Supplier<TokenStore> opener;
    private TokenStore store;

    public LazyTokenStore(Supplier<TokenStore> opener) {
        this.opener = opener;
    }

    private synchronized TokenStore store() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    @Override
    public Optional<String> load(String server, String user) throws TokenStoreException {
        return store().load(server, user);
    }

    @Override
    public void save(String server, String user, String token) throws TokenStoreException {
        store().save(server, user, token);
    }

    @Override
    public void delete(String server, String user) throws TokenStoreException {
        store().delete(server, user);
    }

    @Override
    public String description() {
        return store().description();
    }
}

package app.fiv.session;

import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * A token store around another that notes, for every save, how many requests the server had
 * received by then, so a test can tell whether a renewed pair was stored before it was used.
 * It can also be made to refuse saves, like a keyring that went away.
 */
final class RecordingTokenStore implements TokenStore {
    record Save(String user, String secret, int requestsBefore) {
    }

    private final TokenStore store;
    private final IntSupplier requests;
    final List<Save> saves = new ArrayList<>();
    final List<String> deletes = new ArrayList<>();
    volatile boolean refuseSaves;

    RecordingTokenStore(TokenStore store, IntSupplier requests) {
        this.store = store;
        this.requests = requests;
    }

    @Override
    public Optional<String> load(String server, String user) throws TokenStoreException {
        return store.load(server, user);
    }

    @Override
    public synchronized void save(String server, String user, String token) throws TokenStoreException {
        if (refuseSaves) {
            throw new TokenStoreException("The system keyring could not save the sign-in (gone).");
        }
        saves.add(new Save(user, token, requests.getAsInt()));
        store.save(server, user, token);
    }

    @Override
    public synchronized void delete(String server, String user) throws TokenStoreException {
        deletes.add(user);
        store.delete(server, user);
    }

    @Override
    public String description() {
        return store.description();
    }
}
